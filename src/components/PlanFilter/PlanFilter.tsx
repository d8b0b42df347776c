/** Filterable list of plans. Server-rendered in full, so it works without JavaScript. */
import { useEffect, useState } from 'preact/hooks';
import {
  type PlanFilters,
  type PlanSummary,
  filterOptions,
  filterPlans,
  filtersFromSearch,
  filtersToSearch,
} from '../../lib/plan-list';
import { PlanCard } from '../PlanCard/PlanCard';

const EMPTY: PlanFilters = { tinh: '', cap: '', nhom: '', 'can-cu': '' };
const LABELS: Record<keyof PlanFilters, string> = {
  tinh: 'Tỉnh, thành phố',
  cap: 'Cấp ban hành',
  nhom: 'Nhóm kế hoạch',
  'can-cu': 'Văn bản được thực hiện',
};

export default function PlanFilter({ plans }: { plans: PlanSummary[] }) {
  const [filters, setFilters] = useState<PlanFilters>(EMPTY);
  useEffect(() => setFilters(filtersFromSearch(location.search)), []);

  const update = (key: keyof PlanFilters, value: string) => {
    const next = { ...filters, [key]: value };
    setFilters(next);
    history.replaceState(null, '', `${location.pathname}${filtersToSearch(next)}`);
  };
  const options = filterOptions(plans);
  const shown = filterPlans(plans, filters);

  return (
    <div class="plan-filter">
      <form class="plan-filter__form" role="search" aria-label="Lọc kế hoạch" onSubmit={(e) => e.preventDefault()}>
        {(Object.keys(LABELS) as (keyof PlanFilters)[]).map((key) => (
          <div class="plan-filter__field" key={key}>
            <label for={`loc-${key}`}>{LABELS[key]}</label>
            <select id={`loc-${key}`} name={key} value={filters[key]} onChange={(e) => update(key, e.currentTarget.value)}>
              <option value="">Tất cả</option>
              {options[key].map((o) => (
                <option value={o.value} key={o.value}>{o.label}</option>
              ))}
            </select>
          </div>
        ))}
        <button type="button" onClick={() => { setFilters(EMPTY); history.replaceState(null, '', location.pathname); }}>
          Bỏ lọc
        </button>
      </form>
      <p role="status" class="plan-filter__count">
        {shown.length === plans.length ? `${plans.length} kế hoạch` : `${shown.length} trên ${plans.length} kế hoạch khớp bộ lọc`}
      </p>
      {shown.length === 0 ? (
        <p>Không có kế hoạch nào khớp bộ lọc. Hãy bỏ bớt điều kiện lọc.</p>
      ) : (
        <ul class="plan-list">
          {shown.map((p) => (
            <li key={p.slug}><PlanCard plan={p} headingLevel={2} /></li>
          ))}
        </ul>
      )}
    </div>
  );
}
