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

/** A calendar date; a birth year alone is read as 1 January (Nghị định 135/2020/NĐ-CP, khoản 3 Điều 3). */
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

/** The number the digits text[from, to) write, or -1 when one of them is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * [year, month, day] as written, or null when the text is in none of the accepted forms.
 * "dd/mm/yyyy" and "yyyy-mm-dd" are read digit by digit first: a roster has 200,000 dates,
 * and neither a regular expression nor a cache keyed by each new cell is as quick.
 */
function dateParts(text: string): [number, number, number] | null {
  if (text.length === 10) {
    const [year, month, day] =
      text[2] === '/' && text[5] === '/'
        ? [digitsAt(text, 6, 10), digitsAt(text, 3, 5), digitsAt(text, 0, 2)]
        : text[4] === '-' && text[7] === '-'
          ? [digitsAt(text, 0, 4), digitsAt(text, 5, 7), digitsAt(text, 8, 10)]
          : [-1, -1, -1];
    if (year >= 0 && month >= 0 && day >= 0) return [year, month, day];
  }
  const dmy = DMY.exec(text);
  if (dmy) return [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])];
  const ymd = YMD.exec(text);
  return ymd ? [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])] : null;
}

/** "05/03/1980", "1980-03-05" and "1980" (→ 01/01/1980); impossible dates (31/02) are rejected. */
export function parseDate(cell: string): ParsedDate {
  const text = cell.trim();
  const yearOnly = YEAR.test(text);
  const parts = yearOnly ? ([Number(text), 1, 1] as const) : dateParts(text);
  if (!parts) return { ok: false, message: `“${text}” không phải ngày hợp lệ (ghi dd/mm/yyyy, yyyy-mm-dd hoặc chỉ năm, ví dụ 05/03/1980).` };
  const [year, month, day] = parts;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { ok: false, message: `Ngày “${text}” không có trong lịch.` };
  return { ok: true, value: { year, month, day }, yearOnly };
}

/** Negative, zero or positive as a is before, the same as or after b. */
export const compareDates = (a: CalendarDate, b: CalendarDate) => a.year - b.year || a.month - b.month || a.day - b.day;

/** Today's date on this machine. */
export function today(): CalendarDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
