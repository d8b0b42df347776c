/**
 * Vietnamese formats, one way everywhere (docs/formats.md): dates as dd/mm/yyyy with
 * leading zeros, numbers as Intl.NumberFormat('vi-VN') writes them ("1.234,5"), and names
 * in the order of Intl.Collator('vi', { numeric: true }) ("Phường 2" before "Phường 10",
 * "Đ" after "D"). Pages, islands, result tables and notes use these and nothing else;
 * CSV files keep the formats their contracts fix (shared spec csv.md).
 */

import type { CalendarDate } from './dates';

const dayMonthYear = (day: number, month: number, year: number) => `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;

/**
 * "01/04/2026". A `Date` is read in UTC: the site's dates (front matter, ISO strings)
 * are calendar days stored as midnight UTC. A local day (today) comes as a `CalendarDate`.
 */
export function formatDate(date: Date | CalendarDate): string {
  return date instanceof Date
    ? dayMonthYear(date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear())
    : dayMonthYear(date.day, date.month, date.year);
}

/** "2026-06-30" → "30/06/2026" (an ISO date already has its leading zeros). */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

// One formatter per number of decimals: building an Intl.NumberFormat costs far more than using one.
const numberFormats: Record<number, Intl.NumberFormat> = {};

/**
 * 1234567 → "1.234.567"; "12.50" with 2 decimals → "12,5" (trailing zeros dropped).
 * A decimal string is formatted exactly as written (no binary rounding), so exact
 * rationals rounded by the caller keep their digits. Numbers are rounded to `maxDecimals`.
 */
export function formatNumber(value: number | `${number}`, maxDecimals = 0): string {
  // 'negative': a value that rounds to zero is "0", never "-0".
  numberFormats[maxDecimals] ??= new Intl.NumberFormat('vi-VN', { maximumFractionDigits: maxDecimals, signDisplay: 'negative' });
  // Intl formats a decimal string exactly (ES2023 Intl.NumberFormat v3); the types lag behind.
  return numberFormats[maxDecimals].format(value as number);
}

const collator = new Intl.Collator('vi', { numeric: true });

/** The comparison for every sort of Vietnamese names: `names.sort(compareVi)`. */
export const compareVi: (a: string, b: string) => number = collator.compare;
