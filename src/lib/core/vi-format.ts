/**
 * Vietnamese formats, one way everywhere (docs/formats.md): dates as dd/mm/yyyy with
 * leading zeros, numbers as Intl.NumberFormat('vi-VN') writes them ("1.234,5"), and names
 * in the order of Intl.Collator('vi', { numeric: true }) ("Phường 2" before "Phường 10",
 * "Đ" after "D"). Pages, islands, result tables and notes use these and nothing else;
 * CSV files keep the formats their contracts fix (shared spec csv.md).
 */

/** A day of the calendar, with no time or time zone (a date of birth, a reference date). */
export interface DayOfYear {
  year: number;
  month: number;
  day: number;
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * "01/04/2026". A `Date` is read in UTC: the site's dates (front matter, ISO strings)
 * are calendar days stored as midnight UTC. A local day (today) comes as a `DayOfYear`.
 */
export function formatDate(date: Date | DayOfYear): string {
  const { year, month, day } =
    date instanceof Date ? { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() } : date;
  return `${twoDigits(day)}/${twoDigits(month)}/${year}`;
}

/** "2026-06-30" → "30/06/2026". */
export function formatIsoDate(iso: string): string {
  return formatDate(new Date(`${iso}T00:00:00Z`));
}

// One formatter per number of decimals: building an Intl.NumberFormat costs far more than using one.
const numberFormats = new Map<number, Intl.NumberFormat>();

/**
 * 1234567 → "1.234.567"; "12.50" with 2 decimals → "12,5" (trailing zeros dropped).
 * A decimal string is formatted exactly as written (no binary rounding), so exact
 * rationals rounded by the caller keep their digits. Numbers are rounded to `maxDecimals`.
 */
export function formatNumber(value: number | `${number}`, maxDecimals = 0): string {
  let format = numberFormats.get(maxDecimals);
  if (!format) {
    // 'negative': a value that rounds to zero is "0", never "-0".
    format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: maxDecimals, signDisplay: 'negative' });
    numberFormats.set(maxDecimals, format);
  }
  // Intl formats a decimal string exactly (ES2023 Intl.NumberFormat v3); the types lag behind.
  return format.format(value as number);
}

const collator = new Intl.Collator('vi', { numeric: true });

/** The comparison for every sort of Vietnamese names: `names.sort(compareVi)`. */
export const compareVi: (a: string, b: string) => number = collator.compare;
