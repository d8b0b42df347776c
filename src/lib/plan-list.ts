/** The plan list as plain data, and its filters (province, level, family, legal basis). */
import type { PlanData } from './plan-schema';
import { FAMILY_LABELS, LEVEL_LABELS, planCitation, planPath, relatedPlans } from './plan-format';

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
  related: { href: string; citation: string; reasons: string[] }[];
}

export function summarisePlans(plans: { id: string; data: PlanData }[]): PlanSummary[] {
  const citationOf = new Map(plans.map((p) => [p.id, planCitation(p.data)]));
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
    related: relatedPlans(id, plans).map((r) => ({ href: planPath(r.slug), citation: citationOf.get(r.slug) ?? r.slug, reasons: r.reasons })),
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
