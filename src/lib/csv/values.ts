/**
 * Yes/no and date cells as officials write them in a cadre roster (csv.md, can-bo.csv):
 * "có"/"không", "x"/blank, 1/0, yes/no, true/false; dates as dd/mm/yyyy, yyyy-mm-dd
 * or just a year.
 */
import { foldVietnamese } from '../search/fold';
import type { Failure } from './numbers';

export type ParsedYesNo = { ok: true; value: boolean } | Failure;

const YES = new Set(['co', 'x', '1', 'yes', 'true', 'dung']);
const NO = new Set(['khong', '0', 'no', 'false', 'sai']);

// A roster repeats the same few spellings hundreds of thousands of times; folding each costs.
const COMMON: ReadonlyMap<string, ParsedYesNo> = new Map(
  [['có', true], ['Có', true], ['CÓ', true], ['x', true], ['X', true], ['1', true], ['yes', true], ['true', true], ['TRUE', true],
    ['không', false], ['Không', false], ['KHÔNG', false], ['', false], ['0', false], ['no', false], ['false', false], ['FALSE', false]].map(
    ([cell, value]) => [cell as string, { ok: true, value: value as boolean }],
  ),
);

/** "Có", "x", "1", "yes", "TRUE" → true; "không", "", "0", "no", "false" → false. */
export function parseYesNo(cell: string): ParsedYesNo {
  const common = COMMON.get(cell);
  if (common) return common;
  const folded = foldVietnamese(cell.trim());
  if (folded === '' || NO.has(folded)) return { ok: true, value: false };
  if (YES.has(folded)) return { ok: true, value: true };
  return { ok: false, message: `“${cell.trim()}” không phải giá trị có/không (ghi: có hoặc không, x hoặc để trống, 1 hoặc 0).` };
}

/** A calendar date; a birth year alone is read as 1 January (Nghị định 135/2020/NĐ-CP, Điều 4). */
export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export type ParsedDate = { ok: true; value: CalendarDate; yearOnly: boolean } | Failure;

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const YEAR = /^(\d{4})$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
export const daysInMonth = (year: number, month: number) => (month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0));

// A roster of 200,000 has a few thousand distinct birth dates: parse each once (the
// results are never changed, so sharing them is safe). Bounded against hostile files.
const DATE_CACHE = new Map<string, ParsedDate>();
const DATE_CACHE_LIMIT = 50_000;

/** "05/03/1980", "1980-03-05" and "1980" (→ 01/01/1980); impossible dates (31/02) are rejected. */
export function parseDate(cell: string): ParsedDate {
  let parsed = DATE_CACHE.get(cell);
  if (parsed === undefined) {
    parsed = parseDateText(cell);
    if (DATE_CACHE.size < DATE_CACHE_LIMIT) DATE_CACHE.set(cell, parsed);
  }
  return parsed;
}

function parseDateText(cell: string): ParsedDate {
  const text = cell.trim();
  const year = YEAR.exec(text);
  if (year) return { ok: true, value: { year: Number(year[1]), month: 1, day: 1 }, yearOnly: true };
  const dmy = DMY.exec(text);
  const ymd = dmy ? null : YMD.exec(text);
  const parts = dmy ? [dmy[3], dmy[2], dmy[1]] : ymd ? [ymd[1], ymd[2], ymd[3]] : null;
  if (!parts) return { ok: false, message: `“${text}” không phải ngày hợp lệ (ghi dd/mm/yyyy, yyyy-mm-dd hoặc chỉ năm, ví dụ 05/03/1980).` };
  const [y, m, d] = parts.map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return { ok: false, message: `Ngày “${text}” không có trong lịch.` };
  return { ok: true, value: { year: y, month: m, day: d }, yearOnly: false };
}

/** 5 March 1980 → "05/03/1980". */
export const formatDate = (date: CalendarDate) =>
  `${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}/${date.year}`;

/** Negative, zero or positive as a is before, the same as or after b. */
export const compareDates = (a: CalendarDate, b: CalendarDate) => a.year - b.year || a.month - b.month || a.day - b.day;

/** Today's date on this machine. */
export function today(): CalendarDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
