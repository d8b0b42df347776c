/**
 * Which bundles a search reads (see bundles.ts). With a province chosen, that province's
 * bundle gives the clauses. Without one, the nationwide bundle gives the plans, and the
 * plans opened are searched for their clauses in their provinces' bundles, filtered to
 * those plans. Also: which filter values in a URL no longer exist.
 */
import { provinceByName } from '../provinces';
import { provinceBundlePath } from './bundles';
import { SEARCH_FILTERS, SEARCH_FILTER_KEYS, type SearchFilterKey, type SearchFilters } from './search-url';

/** A plan found by the nationwide bundle, read from its record. */
export interface FoundPlan {
  url: string;
  /** The plan's citation ("Kế hoạch số 128/KH-UBND …"). */
  title: string;
  province: string;
  /** Its value of the `ke-hoach` filter. */
  label: string;
}

/** A filter value, or any of several. */
export type BundleFilters = Record<string, string | { any: string[] }>;

export interface ClauseSearch {
  basePath: string;
  filters: BundleFilters;
  /** The plans (URLs) to keep from its results. */
  urls: Set<string>;
}

/**
 * One search per province among `plans`, in the order the plans came, limited to those
 * plans by their `ke-hoach` filter (and by URL, in case two plans share a label).
 */
export function clauseSearches(plans: FoundPlan[], filters: SearchFilters): ClauseSearch[] {
  const byProvince = new Map<string, FoundPlan[]>();
  for (const plan of plans) byProvince.set(plan.province, [...(byProvince.get(plan.province) ?? []), plan]);
  const shared: BundleFilters = {};
  // The bundle is the plans' province, and the plans are named: only the other filters carry over.
  for (const key of SEARCH_FILTER_KEYS) if (key !== 'ke-hoach' && key !== 'tinh' && filters[key]) shared[key] = filters[key]!;
  return [...byProvince].map(([province, found]) => ({
    basePath: provinceBundlePath(province),
    filters: { ...shared, 'ke-hoach': { any: [...new Set(found.map((p) => p.label))] } },
    urls: new Set(found.map((p) => p.url)),
  }));
}

export interface FilterProblem {
  key: SearchFilterKey;
  message: string;
}

/**
 * Filter values that match nothing that exists: a URL shared before a plan was renamed
 * or removed, or typed by hand. `known` lists the values that exist (the plans' list only
 * once it has been loaded); `provinces` the provinces that have plans.
 */
export function filterProblems(filters: SearchFilters, known: Partial<Record<SearchFilterKey, string[]>>): FilterProblem[] {
  const problems: FilterProblem[] = [];
  for (const key of SEARCH_FILTER_KEYS) {
    const value = filters[key];
    const values = known[key];
    if (!value || !values || values.includes(value)) continue;
    if (key === 'tinh' && provinceByName(value)) {
      problems.push({ key, message: `Chưa có kế hoạch nào của ${value} trên trang này.` });
    } else {
      problems.push({ key, message: `Không có ${SEARCH_FILTERS[key].toLocaleLowerCase('vi')} “${value}” (có thể đã đổi tên hoặc không còn trên trang này).` });
    }
  }
  return problems;
}
