/**
 * Whole-person targets from a percentage of a base (rules.md, "Arithmetic"), exact:
 * "tối thiểu X% của N" is ⌈X·N/100⌉; "trên X% của N" (strictly more than) is
 * ⌊X·N/100⌋ + 1, never more than N; N = 0 gives 0.
 */
import { type Rational, ceil, floor, mul, rational } from './rational';

const asRational = (percent: Rational | number) => (typeof percent === 'number' ? rational(percent) : percent);

/** ⌈X·N/100⌉: "at least X% of N". */
export function atLeastPercentOf(percent: Rational | number, base: number): number {
  return Number(ceil(mul(asRational(percent), rational(base, 100))));
}

/** ⌊X·N/100⌋ + 1, capped at N: "more than X% of N" (> 90% of 10 is 10, not 9). */
export function moreThanPercentOf(percent: Rational | number, base: number): number {
  if (base === 0) return 0;
  return Math.min(base, Number(floor(mul(asRational(percent), rational(base, 100)))) + 1);
}
