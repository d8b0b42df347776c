/** Filterable list of plans. Server-rendered in full, so it works without JavaScript. */
import { useEffect, useRef, useState } from 'preact/hooks';
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
  const form = useRef<HTMLFormElement>(null);
  const show = (next: PlanFilters) => {
    setFilters(next);
    history.replaceState(null, '', `${location.pathname}${filtersToSearch(next)}`);
  };
  useEffect(() => {
    // On a slow connection the lists can be used before this script has run: what was
    // chosen there wins over the address (the page is served with every list on "Tất cả").
    const chosen = [...new FormData(form.current!)].filter(([key, value]) => key in EMPTY && value !== '');
    const fromUrl = filtersFromSearch(location.search);
    if (chosen.length === 0) setFilters(fromUrl);
    else show({ ...fromUrl, ...Object.fromEntries(chosen) });
  }, []);

  const update = (key: keyof PlanFilters, value: string) => show({ ...filters, [key]: value });
  const options = filterOptions(plans);
  const shown = filterPlans(plans, filters);

  return (
    <div class="plan-filter">
      <form ref={form} class="plan-filter__form" role="search" aria-label="Lọc kế hoạch" onSubmit={(e) => e.preventDefault()}>
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
