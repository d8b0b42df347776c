/**
 * The plan list's filters, with the filters in the URL. On a province's page
 * (/ke-hoach/tinh/<slug>/) the plans are server-rendered as this island's children and
 * the filters narrow them with the province's JSON, fetched when a filter is first set.
 * On /ke-hoach/ the children are the provinces; choosing a province opens its page, and
 * level, family or legal basis without a province fetch every province's JSON and show
 * the matches a page at a time. Old links (/ke-hoach/?tinh=<name>&…) open the province's
 * page with the other filters kept.
 */
import { PLAN_LIST_PATH } from '../../lib/core/paths';
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  type PlanFilters,
  type PlanSummary,
  type ProvinceCount,
  FILTER_KEYS,
  NO_FILTERS,
  filterOptions,
  filterPlans,
  filteredProvinceListPath,
  filtersFromSearch,
  filtersToSearch,
  knownFilters,
  narrowsWithinProvince,
  pageFromSearch,
  paginate,
  unknownFilterMessage,
  unknownFilters,
} from '../../lib/plan-list';
import { type Province, provinceByName } from '../../lib/provinces';
import { PlanCard } from '../PlanCard/PlanCard';
import { provincePlans } from './province-data';
import { formatNumber } from '../../lib/core/vi-format';

const LABELS: Record<keyof PlanFilters, string> = {
  tinh: 'Tỉnh, thành phố',
  cap: 'Cấp ban hành',
  nhom: 'Nhóm kế hoạch',
  'can-cu': 'Văn bản được thực hiện',
};
/** Results across provinces shown at once: enough to scan, few enough to draw at once on a phone. */
const PAGE_SIZE = 20;

interface Props {
  /** The 34 provinces with their number of plans. */
  provinces: ProvinceCount[];
  /** The documents the plans in view implement or cite: the legal-basis filter's choices. */
  basis: string[];
  /** The province whose page this is; absent on /ke-hoach/, where filters look in every province. */
  province?: Province;
  /** What the page shows while nothing narrows it, server-rendered so it works without JavaScript. */
  children?: ComponentChildren;
}

type Data = { kind: 'idle' } | { kind: 'loading' } | { kind: 'failed'; provinces: number } | { kind: 'ready'; plans: PlanSummary[] };

export default function PlanFilter({ provinces, basis, province, children }: Props) {
  const initial: PlanFilters = { ...NO_FILTERS, tinh: province?.name ?? '' };
  const options = {
    ...filterOptions(basis),
    tinh: provinces.map((p) => ({ value: p.name, label: `${p.name} (${p.count > 0 ? `${formatNumber(p.count)} kế hoạch` : 'chưa có kế hoạch'})` })),
  };
  const [filters, setFilters] = useState(initial);
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Data>({ kind: 'idle' });
  const [leavingFor, setLeavingFor] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const known = knownFilters(filters, options);
  const unknown = unknownFilters(filters, options);
  const narrowed = narrowsWithinProvince(known);

  /** Where a choice leads when it is not this page: another province, or all of them. */
  const elsewhere = (next: PlanFilters): string | null => {
    const target = provinceByName(next.tinh);
    if (target && target.slug !== province?.slug) return filteredProvinceListPath(target.slug, next);
    if (province && !next.tinh) return `${PLAN_LIST_PATH}${filtersToSearch(next)}`;
    return null;
  };

  /** `fromUrl`: the page was opened at this address, so it is not rewritten (an unknown value stays until cleared). */
  const apply = (next: PlanFilters, nextPage: number, fromUrl = false) => {
    const target = elsewhere(knownFilters(next, options));
    if (target) {
      setLeavingFor(next.tinh || 'mọi tỉnh, thành phố');
      if (fromUrl) location.replace(target);
      else location.assign(target);
      return;
    }
    setFilters(next);
    setPage(nextPage);
    if (!fromUrl) history.replaceState(null, '', `${location.pathname}${filtersToSearch(province ? { ...next, tinh: '' } : next, nextPage)}`);
  };

  // A layout effect runs in the same task as hydration, so no choice can reach the handlers
  // (built with the served defaults) before the address and earlier choices are read.
  useLayoutEffect(() => {
    // On a slow connection the lists can be used before this script has run: what was
    // chosen there wins over the address (the page is served with every list on its default).
    const chosen = [...new FormData(form.current!)].filter(
      (entry): entry is [keyof PlanFilters, string] => entry[0] in initial && entry[1] !== initial[entry[0] as keyof PlanFilters],
    );
    const fromUrl = { ...filtersFromSearch(location.search), ...(province && { tinh: province.name }) };
    if (chosen.length > 0) apply({ ...fromUrl, ...Object.fromEntries(chosen) }, 1);
    else apply(fromUrl, pageFromSearch(location.search), true);
  }, []);

  useEffect(() => {
    if (!narrowed || data.kind !== 'idle') return;
    setData({ kind: 'loading' });
    const slugs = province ? [province.slug] : provinces.filter((p) => p.count > 0).map((p) => p.slug);
    void Promise.allSettled(slugs.map(provincePlans)).then((results) => {
      const plans = results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
      const failed = results.filter((r) => r.status === 'rejected').length;
      setData(failed > 0 ? { kind: 'failed', provinces: failed } : { kind: 'ready', plans });
    });
  }, [narrowed, data.kind]);

  // Counted from the data once it is here: it is what the matches are drawn from.
  const total =
    data.kind === 'ready' ? data.plans.length
    : province ? (provinces.find((p) => p.slug === province.slug)?.count ?? 0)
    : provinces.reduce((sum, p) => sum + p.count, 0);
  const matching = data.kind === 'ready' ? filterPlans(data.plans, known) : [];
  // One province's matches are at most its plans, as its page lists them all; the country's are paged.
  const shown = province ? { items: matching, page: 1, pages: 1, from: 1 } : paginate(matching, page, PAGE_SIZE);
  const where = province ? ` trên địa bàn ${province.name}` : '';

  const goToPage = (to: number) => (event: Event) => {
    event.preventDefault();
    apply(filters, to);
    status.current?.focus();
    status.current?.scrollIntoView({ block: 'nearest' });
  };
  // A page of results is a filtered view, so its address has a query string: relative to this page.
  const pageHref = (to: number) => filtersToSearch(filters, to);

  let statusText: string;
  if (leavingFor) statusText = `Đang mở danh sách kế hoạch của ${leavingFor}…`;
  else if (!narrowed) statusText = province ? `${formatNumber(total)} kế hoạch${where}` : `${formatNumber(total)} kế hoạch của ${provinces.filter((p) => p.count > 0).length} tỉnh, thành phố`;
  else if (data.kind === 'ready') {
    const range = shown.pages > 1 ? `; trang ${shown.page}/${shown.pages}, kế hoạch thứ ${formatNumber(shown.from)}–${formatNumber(shown.from + shown.items.length - 1)}` : '';
    statusText = `${formatNumber(matching.length)} trên ${formatNumber(total)} kế hoạch${where} khớp bộ lọc${range}`;
  } else if (data.kind === 'failed') statusText = `Không tải được danh sách kế hoạch của ${data.provinces} tỉnh, thành phố. Hãy kiểm tra kết nối mạng rồi thử lại.`;
  else statusText = 'Đang tải danh sách kế hoạch…';

  return (
    <div class="plan-filter">
      <form ref={form} class="plan-filter__form" role="search" aria-label="Lọc kế hoạch" onSubmit={(e) => e.preventDefault()}>
        {FILTER_KEYS.map((key) => (
          <div class="plan-filter__field" key={key}>
            <label for={`loc-${key}`}>{LABELS[key]}</label>
            <select id={`loc-${key}`} name={key} value={known[key]} onChange={(e) => apply({ ...filters, [key]: e.currentTarget.value }, 1)}>
              <option value="">Tất cả</option>
              {options[key].map((o) => (
                <option value={o.value} key={o.value}>{o.label}</option>
              ))}
            </select>
          </div>
        ))}
        <button type="button" onClick={() => apply(initial, 1)}>Bỏ lọc</button>
      </form>
      {unknown.length > 0 && (
        <div class="notice plan-filter__unknown">
          <p>Địa chỉ này có điều kiện lọc không còn dùng được, nên danh sách không lọc theo điều kiện đó:</p>
          <ul>
            {unknown.map((key) => (
              <li key={key}>
                {unknownFilterMessage(key, filters[key], province?.name)}{' '}
                <button type="button" onClick={() => apply({ ...filters, [key]: '' }, 1)}>Bỏ lọc theo {LABELS[key].toLowerCase()}</button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p role="status" class="plan-filter__count" ref={status} tabIndex={-1}>{statusText}</p>
      {data.kind === 'failed' && narrowed && (
        <button type="button" onClick={() => setData({ kind: 'idle' })}>Thử lại</button>
      )}
      {!narrowed || leavingFor ? (
        children
      ) : data.kind !== 'ready' ? null : matching.length === 0 ? (
        <p>Không có kế hoạch nào khớp bộ lọc. Hãy bỏ bớt điều kiện lọc.</p>
      ) : (
        <>
          <ul class="plan-list">
            {shown.items.map((p) => (
              <li key={p.slug}><PlanCard plan={p} headingLevel={2} /></li>
            ))}
          </ul>
          {shown.pages > 1 && (
            <nav class="pager" aria-label="Các trang kết quả">
              {shown.page > 1 && <a href={pageHref(1)} onClick={goToPage(1)}>« Trang đầu</a>}
              {shown.page > 1 && <a href={pageHref(shown.page - 1)} onClick={goToPage(shown.page - 1)} rel="prev">‹ Trang trước</a>}
              <span>Trang {shown.page}/{shown.pages}</span>
              {shown.page < shown.pages && <a href={pageHref(shown.page + 1)} onClick={goToPage(shown.page + 1)} rel="next">Trang sau ›</a>}
              {shown.page < shown.pages && <a href={pageHref(shown.pages)} onClick={goToPage(shown.pages)}>Trang cuối »</a>}
            </nav>
          )}
        </>
      )}
    </div>
  );
}
