/**
 * The obligations register across plans: rows, filters kept in the URL, and where
 * each deadline stands relative to a given day (the browser passes today).
 */
import type { BodyRef } from './bodies';
import { isoDate } from '../core/dates';
import { queryCodec, textParams } from '../core/url-state';
import { type Deadline, isRecurring } from './deadline';
import type { Obligation } from './resolve';

export interface RegisterRow extends Obligation {
  /** "128/KH-UBND – UBND tỉnh Thái Nguyên". */
  planLabel: string;
  /** First year the plan applies (its year): yearly deadlines recur from then. */
  planYear: number;
}

export interface RegisterFilters {
  /** Plan slug. */
  'ke-hoach': string;
  /** One body (bodies.ts: "so-noi-vu.thai-nguyen"), leading or partner. */
  'co-quan': string;
  /** A kind of body, every place's ("so-noi-vu"), leading or partner. */
  'loai-co-quan': string;
  /** A year ("2026"), "qua-han" (overdue) or "sap-den-han" (due soon). */
  han: string;
  /** "co": recurring (yearly, continuous); "khong": not. */
  'lap-lai': string;
}

export const EMPTY_FILTERS: RegisterFilters = { 'ke-hoach': '', 'co-quan': '', 'loai-co-quan': '', han: '', 'lap-lai': '' };
export const FILTER_KEYS = Object.keys(EMPTY_FILTERS) as (keyof RegisterFilters)[];

export function hasFilters(filters: RegisterFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== '');
}

export interface FilterOption {
  value: string;
  label: string;
}

/** The deadline windows the filter offers: overdue, due soon, then each year. */
export function deadlineWindowOptions(years: readonly number[]): FilterOption[] {
  return [
    { value: 'qua-han', label: 'Đã quá hạn' },
    { value: 'sap-den-han', label: 'Sắp đến hạn (30 ngày tới)' },
    ...years.map((y) => ({ value: String(y), label: `Đến hạn trong năm ${y}` })),
  ];
}

export const RECURRENCE_OPTIONS: readonly FilterOption[] = [
  { value: 'co', label: 'Có lặp lại (hằng năm, thường xuyên)' },
  { value: 'khong', label: 'Không lặp lại' },
];

/**
 * The filters of a link in words, for a page that cannot apply them yet (no province
 * chosen): "các cơ quan loại Sở Nội vụ", "Đến hạn trong năm 2026". A value no list knows is
 * shown as written, so the reader sees what the link asked for.
 */
export function describeFilters(filters: RegisterFilters, kindName: (id: string) => string): string[] {
  const parts: string[] = [];
  if (filters['ke-hoach']) parts.push(`kế hoạch ${filters['ke-hoach']}`);
  if (filters['co-quan']) parts.push(`cơ quan ${filters['co-quan']}`);
  if (filters['loai-co-quan']) parts.push(`các cơ quan loại ${kindName(filters['loai-co-quan'])}`);
  if (filters.han) {
    const year = /^\d{4}$/.test(filters.han) ? [Number(filters.han)] : [];
    parts.push(deadlineWindowOptions(year).find((o) => o.value === filters.han)?.label ?? `thời hạn ${filters.han}`);
  }
  if (filters['lap-lai']) parts.push(RECURRENCE_OPTIONS.find((o) => o.value === filters['lap-lai'])?.label ?? `lặp lại ${filters['lap-lai']}`);
  return parts;
}

/** Days ahead in which a deadline counts as due soon. */
export const DUE_SOON_DAYS = 30;

const registerState = queryCodec(textParams(FILTER_KEYS));

export function filtersFromSearch(search: string): RegisterFilters {
  const filters = registerState.fromSearch(search);
  // Links made before agencies had a place carry a kind as "co-quan" (?co-quan=so-noi-vu): a body id always has a place after a dot.
  if (filters['co-quan'] && !filters['co-quan'].includes('.') && !filters['loai-co-quan']) {
    return { ...filters, 'co-quan': '', 'loai-co-quan': filters['co-quan'] };
  }
  return filters;
}

export const filtersToSearch = registerState.toSearch;

const dayDiff = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Every due date of a deadline that does not recur. */
function fixedDueDates(deadline: Deadline): string[] {
  return [deadline.due, ...(deadline.milestones ?? []).map((m) => m.due)].filter((d): d is string => Boolean(d));
}

/** The due dates a deadline has in one year (yearly ones recur from `firstYear`). */
function dueDatesIn(deadline: Deadline, year: number, firstYear: number): string[] {
  if (deadline.kind === 'yearly') return year >= firstYear && deadline.each ? [isoDate(year, deadline.each.month, deadline.each.day)] : [];
  return fixedDueDates(deadline).filter((d) => d.startsWith(`${year}-`));
}

/** The first due date on or after `today`, if the deadline has dates. */
export function nextDue(deadline: Deadline, today: string, firstYear: number): string | null {
  const year = Math.max(Number(today.slice(0, 4)), firstYear);
  const dates = deadline.kind === 'yearly' ? [year, year + 1].flatMap((y) => dueDatesIn(deadline, y, firstYear)) : fixedDueDates(deadline);
  return dates.filter((d) => d >= today).sort()[0] ?? null;
}

export type DueStatus =
  | { kind: 'overdue'; due: string; days: number }
  | { kind: 'due-soon'; due: string; days: number }
  | { kind: 'later'; due: string }
  | { kind: 'undated' };

/** Where a row stands on `today`: its last date passed, due within DUE_SOON_DAYS, later, or no date. */
export function dueStatus(row: RegisterRow, today: string): DueStatus {
  const next = nextDue(row.deadline, today, row.planYear);
  if (next) {
    const days = dayDiff(today, next);
    return days <= DUE_SOON_DAYS ? { kind: 'due-soon', due: next, days } : { kind: 'later', due: next };
  }
  const last = fixedDueDates(row.deadline).sort().at(-1);
  if (last && row.deadline.kind !== 'yearly') return { kind: 'overdue', due: last, days: dayDiff(last, today) };
  return { kind: 'undated' };
}

/** Years the register's filter offers: the plans' first year to the last dated deadline. */
export function registerYears(rows: readonly RegisterRow[]): number[] {
  const years = rows.flatMap((r) => [r.planYear, ...fixedDueDates(r.deadline).map((d) => Number(d.slice(0, 4)))]);
  if (!years.length) return [];
  const [from, to] = [Math.min(...years), Math.max(...years)];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Whether a row falls in a deadline window: due in a year (annual work is due every year), overdue or due soon. */
function inWindow(row: RegisterRow, window: string, today: string): boolean {
  if (window === 'qua-han') return dueStatus(row, today).kind === 'overdue';
  if (window === 'sap-den-han') return dueStatus(row, today).kind === 'due-soon';
  const year = Number(window);
  if (!Number.isInteger(year)) return true;
  if (row.deadline.kind === 'annual') return year >= row.planYear;
  return dueDatesIn(row.deadline, year, row.planYear).length > 0;
}

/** Whether a row names a body (leading or partner) that `test` accepts. */
const names = (row: RegisterRow, test: (ref: BodyRef) => boolean) => row.lead.agencies.some(test) || row.partners.agencies.some(test);

export function filterRows(rows: readonly RegisterRow[], filters: RegisterFilters, today: string): RegisterRow[] {
  return rows.filter(
    (row) =>
      (!filters['ke-hoach'] || row.plan === filters['ke-hoach']) &&
      (!filters['co-quan'] || names(row, (ref) => ref.body === filters['co-quan'])) &&
      (!filters['loai-co-quan'] || names(row, (ref) => ref.id === filters['loai-co-quan'])) &&
      (!filters.han || inWindow(row, filters.han, today)) &&
      (!filters['lap-lai'] || isRecurring(row.deadline) === (filters['lap-lai'] === 'co')),
  );
}

/** Today as an ISO day in the reader's own time zone. */
export function localToday(now: Date = new Date()): string {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Rows a province page shows at once: a 170-plan province has thousands. */
export const REGISTER_PAGE_SIZE = 50;

export interface RowPage<T> {
  items: T[];
  /** 1-based, clamped to the pages there are. */
  page: number;
  pages: number;
  /** 1-based positions of the first and last item shown (0 and 0 when none). */
  first: number;
  last: number;
}

export function pageOfRows<T>(rows: readonly T[], page: number, size = REGISTER_PAGE_SIZE): RowPage<T> {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const items = rows.slice((current - 1) * size, current * size);
  const first = items.length ? (current - 1) * size + 1 : 0;
  return { items, page: current, pages, first, last: first ? first + items.length - 1 : 0 };
}
