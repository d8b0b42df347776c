/**
 * Calendar days as the site uses them: a roster's dates ({ year, month, day }) and ISO days
 * for deadlines and schema.org ("2026-06-30"). How a date is shown is vi-format.ts's.
 * No time zones: a plan's date is a day, wherever it is read.
 */

/** A calendar date; a birth year alone is read as 1 January (Nghị định 135/2020/NĐ-CP, khoản 3 Điều 3). */
export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
export const daysInMonth = (year: number, month: number) => (month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0));

/** Negative, zero or positive as a is before, the same as or after b. */
export const compareDates = (a: CalendarDate, b: CalendarDate) => a.year - b.year || a.month - b.month || a.day - b.day;

/** Today's date on this machine. */
export function today(): CalendarDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** (2026, 6, 30) → "2026-06-30". */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "2026-06-30" (a date field's value) → the calendar date; anything else → null. */
export function calendarDateOfIso(text: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** The ISO day of a date read from frontmatter (midnight UTC): "2026-04-01". */
export const isoDateOf = (date: Date) => date.toISOString().slice(0, 10);

/** "2026-06-30" moved by `days` (negative: back). */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDateOf(d);
}

