/**
 * Exact rational numbers on bigint, for quota arithmetic: 0.8 × 5% × 25 must be
 * exactly 1, not 1.0000000000000002 (whose ceiling would be 2).
 */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

const abs = (n: bigint) => (n < 0n ? -n : n);
function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b) [a, b] = [b, a % b];
  return a || 1n;
}

export function rational(num: bigint | number, den: bigint | number = 1n): Rational {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new RangeError('Mẫu số bằng 0');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return { num: n / g, den: d / g };
}

export const ZERO = rational(0);

export const add = (a: Rational, b: Rational) => rational(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Rational, b: Rational) => rational(a.num * b.den - b.num * a.den, a.den * b.den);
export const mul = (a: Rational, b: Rational) => rational(a.num * b.num, a.den * b.den);
export const div = (a: Rational, b: Rational) => rational(a.num * b.den, a.den * b.num);
export const compare = (a: Rational, b: Rational) => {
  const diff = a.num * b.den - b.num * a.den;
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
};

export function floor(a: Rational): bigint {
  const q = a.num / a.den;
  return a.num < 0n && q * a.den !== a.num ? q - 1n : q;
}

export function ceil(a: Rational): bigint {
  const q = a.num / a.den;
  return a.num > 0n && q * a.den !== a.num ? q + 1n : q;
}

/** For display and CSV: the value rounded half up to `digits` decimals, "." as the decimal mark. */
export function toFixed(a: Rational, digits: number): string {
  const scale = 10n ** BigInt(digits);
  const scaled = floor(add(mul(a, rational(scale)), rational(1, 2)));
  const sign = scaled < 0n ? '-' : '';
  const whole = abs(scaled) / scale;
  const part = (abs(scaled) % scale).toString().padStart(digits, '0');
  return digits ? `${sign}${whole}.${part}` : `${sign}${whole}`;
}
