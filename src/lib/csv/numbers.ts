/**
 * Numbers as officials type them in Vietnamese spreadsheets: "1.234" or "1 234" for
 * thousands, "12,5" for a decimal. Counts are whole people; percentages are exact rationals.
 */
import { formatNumber } from '../core/vi-format';
import { rational, toFixed, type Rational } from '../math/rational';

export type Failure = { ok: false; message: string };
export type ParsedCount = { ok: true; value: number } | Failure;
/** `decimals`: how many decimal digits the cell had, i.e. the precision the value was rounded to. */
export type ParsedPercent = { ok: true; value: Rational; decimals: number } | Failure;

// Sign, integer part, optional fraction after "," or ".". Thousands groups must use one
// separator consistently and have exactly three digits ("1.234.567", "1 234"), so "12.5"
// is a decimal, not twelve thousand and five.
const NUMBER = /^(-?)(\d{1,3}(?:([. ])\d{3})(?:\3\d{3})*|\d+)(?:[,.](\d+))?$/;
const PERCENT = /^(-?)(\d+)(?:[,.](\d+))?\s*%?$/;
const ANY_SPACE = /\s/gu;

/**
 * A count of people or staff. Returns null for an empty cell.
 * "1.234", "1 234" (also with non-breaking spaces) and "1234" are 1234;
 * "12,5", "12.5" and negative numbers are rejected with a reason.
 */
export function parseCount(cell: string): ParsedCount | null {
  const text = cell.trim();
  if (text === '') return null;
  // Any kind of space (non-breaking, narrow) counts as a thousands separator.
  const m = NUMBER.exec(text.replace(ANY_SPACE, ' '));
  if (!m) return { ok: false, message: `“${text}” không phải là số.` };
  const [, sign, integerPart = '', , fraction] = m;
  if (sign) return { ok: false, message: `“${text}” là số âm; số lượng phải từ 0 trở lên.` };
  if (fraction !== undefined) {
    // "1,000" may be an English-style thousand; say how to write it rather than read it as 1.
    const message = /^0+$/.test(fraction)
      ? `“${text}” không phải số nguyên hợp lệ: số lượng không có phần thập phân, hàng nghìn được phân cách bằng dấu chấm hoặc khoảng trắng (ví dụ 1.234).`
      : `“${text}” không phải số nguyên.`;
    return { ok: false, message };
  }
  const value = Number(integerPart.replace(/[. ]/g, ''));
  if (!Number.isSafeInteger(value)) return { ok: false, message: `“${text}” quá lớn.` };
  return { ok: true, value };
}

/**
 * A percentage: "12,5", "12.5", "12,5%", " 12,5 % " are all exactly 25/2 (12.5 %).
 * Both "," and "." are decimal marks here (a percentage needs no thousands separator).
 * Returns null for an empty cell; the range (0…100) is for the caller to check.
 */
export function parsePercent(cell: string): ParsedPercent | null {
  const text = cell.trim();
  if (text === '') return null;
  const m = PERCENT.exec(text);
  if (!m) return { ok: false, message: `“${text}” không phải là tỷ lệ phần trăm hợp lệ (ví dụ 12,5 hoặc 12,5%).` };
  const [, sign, whole = '', fraction = ''] = m;
  const magnitude = rational(BigInt(whole + fraction), 10n ** BigInt(fraction.length));
  const value = sign ? rational(-magnitude.num, magnitude.den) : magnitude;
  return { ok: true, value, decimals: fraction.length };
}

/** 1234 → "1.234" (Vietnamese thousands separator); the number is rounded to an integer. */
export const formatCount = (n: number): string => formatNumber(Math.round(n));

/** 25/2 → "12,5%": rounded half up to `digits` decimals, trailing zeros dropped, "," as the decimal mark. */
export function formatPercent(r: Rational, digits = 2): string {
  return `${formatNumber(toFixed(r, digits) as `${number}`, digits)}%`;
}
