/** The plan list as plain data, and its filters (province, level, family, legal basis). */
import type { PlanData } from './plan-schema';
import { FAMILY_LABELS, LEVEL_LABELS, planCitation, planPath } from './plan-format';

export interface PlanSummary {
  slug: string;
  href: string;
  citation: string;
  title: string;
  province: string;
  provinceInferred: boolean;
  level: PlanData['level'];
  levelLabel: string;
  family: PlanData['family'];
  familyLabel: string;
  /** Numbers of the documents it implements or is based on: "470/QĐ-TTg". */
  basis: string[];
  related: RelatedPlans;
}

/** Related plans shown by name; the rest are reached through the list's filters. */
export const RELATED_SHOWN = 5;

export interface RelatedPlans {
  /** The closest plans, most in common first: at most RELATED_SHOWN. */
  shown: { href: string; citation: string; reasons: string[] }[];
  /** How many plans are related in all. */
  total: number;
  /** When some are not shown: the plan list filtered to each thing they share. */
  browse: { href: string; label: string }[];
}

type PlanEntry = { id: string; data: PlanData };

/** Each plan's position and cited numbers, worked out once per collection: relatedPlans runs for every plan. */
interface CollectionIndex {
  position: Map<string, number>;
  cited: Set<string>[];
}
const collectionIndexes = new WeakMap<readonly PlanEntry[], CollectionIndex>();

function collectionIndex(plans: readonly PlanEntry[]): CollectionIndex {
  let index = collectionIndexes.get(plans);
  if (!index) {
    index = {
      position: new Map(plans.map((p, i) => [p.id, i])),
      cited: plans.map((p) => new Set(p.data.legalBasis.map((b) => b.number))),
    };
    collectionIndexes.set(plans, index);
  }
  return index;
}

/**
 * Plans that implement the same document, or belong to the same province. A large
 * collection (hundreds of plans on one decision) would list every plan on every page,
 * so only the closest few are named, with links to the filtered list for the rest.
 */
export function relatedPlans(slug: string, plans: readonly PlanEntry[]): RelatedPlans {
  const { position, cited } = collectionIndex(plans);
  const selfAt = position.get(slug);
  if (selfAt === undefined) return { shown: [], total: 0, browse: [] };
  const { province } = plans[selfAt]!.data;
  // A document named twice (implemented and cited) counts once.
  const basis = plans[selfAt]!.data.legalBasis.filter((b, i, all) => all.findIndex((c) => c.number === b.number) === i);
  const candidates = plans
    .map((p, i) => ({ p, basis: i === selfAt ? [] : basis.filter((b) => cited[i]!.has(b.number)), sameProvince: i !== selfAt && p.data.province === province }))
    .filter((c) => c.basis.length > 0 || c.sameProvince);
  const score = (c: (typeof candidates)[number]) => c.basis.length + (c.sameProvince ? 1 : 0);
  // Closest first, equally close plans in the collection's order; scores are small
  // whole numbers, so picking by score avoids sorting thousands of candidates per plan.
  const shown: typeof candidates = [];
  for (let wanted = basis.length + 1; wanted > 0 && shown.length < RELATED_SHOWN; wanted--) {
    for (const c of candidates) if (score(c) === wanted && shown.length < RELATED_SHOWN) shown.push(c);
  }
  const listHref = (filter: Partial<PlanFilters>) => `${PLAN_LIST_PATH}${filtersToSearch({ ...NO_FILTERS, ...filter })}`;
  const browse =
    candidates.length > shown.length
      ? [
          ...basis
            .filter((b) => candidates.some((c) => c.basis.includes(b)))
            .map((b) => ({ href: listHref({ 'can-cu': b.number }), label: `Tất cả kế hoạch thực hiện ${b.kind} số ${b.number}` })),
          ...(candidates.some((c) => c.sameProvince) ? [{ href: listHref({ tinh: province }), label: `Tất cả kế hoạch trên địa bàn ${province}` }] : []),
        ]
      : [];
  return {
    shown: shown.map((c) => ({
      href: planPath(c.p.id),
      citation: planCitation(c.p.data),
      reasons: [...c.basis.map((b) => `Cùng thực hiện ${b.kind} số ${b.number}`), ...(c.sameProvince ? [`Cùng địa bàn ${province}`] : [])],
    })),
    total: candidates.length,
    browse,
  };
}

export function summarisePlans(plans: readonly PlanEntry[]): PlanSummary[] {
  return plans.map(({ id, data }) => ({
    slug: id,
    href: planPath(id),
    citation: planCitation(data),
    title: data.title,
    province: data.province,
    provinceInferred: data.provinceInferred,
    level: data.level,
    levelLabel: LEVEL_LABELS[data.level],
    family: data.family,
    familyLabel: FAMILY_LABELS[data.family],
    basis: data.legalBasis.map((b) => b.number),
    related: relatedPlans(id, plans),
  }));
}

/** Filter values as they appear in the URL: ?tinh=…&cap=…&nhom=…&can-cu=… */
export interface PlanFilters {
  tinh: string;
  cap: string;
  nhom: string;
  'can-cu': string;
}

const FILTER_KEYS = ['tinh', 'cap', 'nhom', 'can-cu'] as const;
const NO_FILTERS: PlanFilters = { tinh: '', cap: '', nhom: '', 'can-cu': '' };
const PLAN_LIST_PATH = '/ke-hoach/';

export function filtersFromSearch(search: string): PlanFilters {
  const params = new URLSearchParams(search);
  return { tinh: params.get('tinh') ?? '', cap: params.get('cap') ?? '', nhom: params.get('nhom') ?? '', 'can-cu': params.get('can-cu') ?? '' };
}

export function filtersToSearch(filters: PlanFilters): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function filterPlans(plans: PlanSummary[], filters: PlanFilters): PlanSummary[] {
  return plans.filter(
    (p) =>
      (!filters.tinh || p.province === filters.tinh) &&
      (!filters.cap || p.level === filters.cap) &&
      (!filters.nhom || p.family === filters.nhom) &&
      (!filters['can-cu'] || p.basis.includes(filters['can-cu'])),
  );
}

/** The distinct values of each filter, sorted the Vietnamese way. */
export function filterOptions(plans: PlanSummary[]) {
  const sorted = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'vi'));
  return {
    tinh: sorted(plans.map((p) => p.province)).map((v) => ({ value: v, label: v })),
    cap: [...new Map(plans.map((p) => [p.level, p.levelLabel]))].map(([value, label]) => ({ value, label })),
    nhom: [...new Map(plans.map((p) => [p.family, p.familyLabel]))].map(([value, label]) => ({ value, label })),
    'can-cu': sorted(plans.flatMap((p) => p.basis)).map((v) => ({ value: v, label: v })),
  };
}
