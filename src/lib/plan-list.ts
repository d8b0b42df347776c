/**
 * The plan list as plain data, and its filters (province, level, family, legal basis).
 * The list is partitioned by province: /ke-hoach/ shows the 34 provinces with their
 * counts, /ke-hoach/tinh/<slug>/ one province's plans, and /ke-hoach/tinh/<slug>.json
 * the same plans as data for filters, so no page or file lists the whole collection.
 */
import { PLAN_LIST_PATH, planPath, planSourcePath, provinceDataPath, provinceListPath } from './core/paths';
import { type QueryField, queryCodec, stateFields, textParams } from './core/url-state';
import type { PlanData } from './plan-schema';
import { FAMILY_LABELS, LEVEL_LABELS, planCitation, provinceLabel } from './plan-format';
import { STATUS_LABELS } from './plan-status';
import { PROVINCES, type Province, provinceByName } from './provinces';
import { compareVi } from './core/vi-format';

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
  /** Its status in a few words: "Dự thảo (chưa ghi số, ngày)", "Đã ban hành", … */
  status: string;
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
  const self = plans[selfAt]!.data;
  const { province } = self;
  // A document named twice (implemented and cited) counts once.
  const basis = self.legalBasis.filter((b, i, all) => all.findIndex((c) => c.number === b.number) === i);
  const candidates = plans
    .map((p, i) => ({ p, basis: i === selfAt ? [] : basis.filter((b) => cited[i]!.has(b.number)), sameProvince: i !== selfAt && p.data.province === province }))
    .filter((c) => c.basis.length > 0 || c.sameProvince);
  const score = (c: (typeof candidates)[number]) => c.basis.length + (c.sameProvince ? 1 : 0);
  // Closest first, equally close plans in the collection's order; scores are small
  // whole numbers, so picking by score avoids sorting thousands of candidates per plan.
  // The shared province rests on an inference when either plan's does.
  const sameProvince = (other: PlanData) => `Cùng địa bàn ${provinceLabel({ province, provinceInferred: self.provinceInferred || other.provinceInferred })}`;
  const shown: typeof candidates = [];
  for (let wanted = basis.length + 1; wanted > 0 && shown.length < RELATED_SHOWN; wanted--) {
    for (const c of candidates) if (score(c) === wanted && shown.length < RELATED_SHOWN) shown.push(c);
  }
  const browse =
    candidates.length > shown.length
      ? [
          ...basis
            .filter((b) => candidates.some((c) => c.basis.includes(b)))
            .map((b) => ({ href: `${PLAN_LIST_PATH}${filtersToSearch({ ...NO_FILTERS, 'can-cu': b.number })}`, label: `Tất cả kế hoạch thực hiện ${b.kind} số ${b.number}` })),
          ...(candidates.some((c) => c.sameProvince) ? [{ href: provinceListPath(provinceByName(province)!.slug), label: `Tất cả kế hoạch trên địa bàn ${province}` }] : []),
        ]
      : [];
  return {
    shown: shown.map((c) => ({
      href: planPath(c.p.id),
      citation: planCitation(c.p.data),
      reasons: [...c.basis.map((b) => `Cùng thực hiện ${b.kind} số ${b.number}`), ...(c.sameProvince ? [sameProvince(c.p.data)] : [])],
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
    status: STATUS_LABELS[data.status.kind],
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

export const FILTER_KEYS = ['tinh', 'cap', 'nhom', 'can-cu'] as const;
export const NO_FILTERS: PlanFilters = { tinh: '', cap: '', nhom: '', 'can-cu': '' };
/** The URL parameter of the page of results across provinces: ?trang=2. */
const PAGE_PARAM = 'trang';

/** One province's plans with the other filters kept: /ke-hoach/tinh/hai-phong/?cap=xã. */
export function filteredProvinceListPath(slug: string, filters: PlanFilters): string {
  return provinceListPath(slug, filtersToSearch({ ...filters, tinh: '' }));
}

/**
 * The body of that file (the shape the save button reads): the province's list and its
 * data, then each plan page and its original text.
 */
export function provinceSaveList({ province, plans }: ProvincePlans): { urls: string[] } {
  return {
    urls: [provinceListPath(province.slug), provinceDataPath(province.slug), ...plans.flatMap((p) => [p.href, planSourcePath(p.slug)])],
  };
}

/** The body of /ke-hoach/tinh/<slug>.json: the province and its plans, in the order its page lists them. */
export interface ProvincePlans {
  province: Province;
  plans: PlanSummary[];
}

/** ?trang=3 → 3; anything that is not a whole number from 1 up reads as the first page, which is not written. */
const pageParam: QueryField<number> = {
  read(params) {
    const value = params.get(PAGE_PARAM) ?? '';
    return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 1;
  },
  write(page, params) {
    if (page > 1) params.set(PAGE_PARAM, String(page));
  },
};

/** Values are read in NFC, as the data is written: a link typed on another keyboard may come decomposed. */
const listState = queryCodec(
  stateFields<{ filters: PlanFilters; page: number }>({
    filters: textParams(FILTER_KEYS, { read: (value) => value.normalize('NFC').trim() }),
    page: pageParam,
  }),
);

export const filtersFromSearch = (search: string): PlanFilters => listState.fromSearch(search).filters;
export const pageFromSearch = (search: string): number => listState.fromSearch(search).page;
/** The query string of a list view. */
export const filtersToSearch = (filters: PlanFilters, page = 1): string => listState.toSearch({ filters, page });

export function filterPlans(plans: readonly PlanSummary[], filters: PlanFilters): PlanSummary[] {
  return plans.filter(
    (p) =>
      (!filters.tinh || p.province === filters.tinh) &&
      (!filters.cap || p.level === filters.cap) &&
      (!filters.nhom || p.family === filters.nhom) &&
      (!filters['can-cu'] || p.basis.includes(filters['can-cu'])),
  );
}

/** Whether anything but the province narrows the list: only then is a province's data needed. */
export function narrowsWithinProvince(filters: PlanFilters): boolean {
  return Boolean(filters.cap || filters.nhom || filters['can-cu']);
}

export type FilterOptions = Record<keyof PlanFilters, { value: string; label: string }[]>;

/** The documents plans implement or cite, each once, sorted the Vietnamese way: the legal-basis choices. */
export function basisChoices(numbers: Iterable<string>): string[] {
  return [...new Set(numbers)].sort(compareVi);
}

/**
 * The choices of each filter: every province and every level and family (a link may name
 * one that has no plan yet), and the documents in view (`basis`, from basisChoices).
 */
export function filterOptions(basis: readonly string[]): FilterOptions {
  return {
    tinh: PROVINCES.map((p) => ({ value: p.name, label: p.name })),
    cap: Object.entries(LEVEL_LABELS).map(([value, label]) => ({ value, label })),
    nhom: Object.entries(FAMILY_LABELS).map(([value, label]) => ({ value, label })),
    'can-cu': basis.map((v) => ({ value: v, label: v })),
  };
}

/** The filters whose value is none of the choices (a renamed province, a mistyped or outdated number). */
export function unknownFilters(filters: PlanFilters, options: FilterOptions): (keyof PlanFilters)[] {
  return FILTER_KEYS.filter((key) => filters[key] !== '' && !options[key].some((o) => o.value === filters[key]));
}

/** The filters with unknown values left out: the list is shown as if they were not there, and says so. */
export function knownFilters(filters: PlanFilters, options: FilterOptions): PlanFilters {
  const known = { ...filters };
  for (const key of unknownFilters(filters, options)) known[key] = '';
  return known;
}

/** Why a filter value in the URL is not applied, in words; `province` when the list is one province's. */
export function unknownFilterMessage(key: keyof PlanFilters, value: string, province?: string): string {
  switch (key) {
    case 'tinh':
      return `Không có tỉnh, thành phố “${value}” trong danh sách 34 tỉnh, thành phố sau sắp xếp năm 2025.`;
    case 'cap':
      return `Không có cấp ban hành “${value}”: kế hoạch được ban hành ở cấp tỉnh hoặc cấp xã.`;
    case 'nhom':
      return `Không có nhóm kế hoạch “${value}”.`;
    case 'can-cu':
      return province
        ? `Không có kế hoạch nào trên địa bàn ${province} thực hiện hoặc căn cứ văn bản số “${value}”.`
        : `Không có kế hoạch nào thực hiện hoặc căn cứ văn bản số “${value}”.`;
  }
}

export interface ProvinceCount extends Province {
  count: number;
}

/** The 34 provinces in their usual order, each with how many of `provinces` (one entry per plan) name it. */
export function provinceCounts(provinces: Iterable<string>): ProvinceCount[] {
  const counts = new Map<string, number>();
  for (const name of provinces) counts.set(name, (counts.get(name) ?? 0) + 1);
  return PROVINCES.map((p) => ({ ...p, count: counts.get(p.name) ?? 0 }));
}

/** Each province's plans, in collection order, for all 34 (a province without plans gets an empty list). */
export function plansByProvince(plans: readonly PlanSummary[]): ProvincePlans[] {
  const groups = new Map<string, PlanSummary[]>(PROVINCES.map((p) => [p.name, []]));
  for (const plan of plans) groups.get(plan.province)!.push(plan);
  return PROVINCES.map((province) => ({ province, plans: groups.get(province.name)! }));
}

/** The static paths of the province routes (page and JSON): every province, with its plans and all counts. */
export function provincePages(plans: readonly PlanSummary[]) {
  const provinces = provinceCounts(plans.map((p) => p.province));
  return plansByProvince(plans).map((data) => ({ params: { province: data.province.slug }, props: { ...data, provinces } }));
}

export interface ResultPage<T> {
  items: T[];
  /** The page shown, 1-based: a page past the end shows the last one. */
  page: number;
  pages: number;
  /** Position of the first item shown, 1-based (0 when there is none). */
  from: number;
}

/** One page of `size` results. */
export function paginate<T>(items: readonly T[], page: number, size: number): ResultPage<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const shown = Math.min(Math.max(1, Math.floor(page)), pages);
  const start = (shown - 1) * size;
  return { items: items.slice(start, start + size), page: shown, pages, from: items.length === 0 ? 0 : start + 1 };
}
