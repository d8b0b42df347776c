/**
 * Whole-person targets from a percentage of a base (rules.md, "Arithmetic"), exact:
 * "tối thiểu X% của N" is ⌈X·N/100⌉; "trên X% của N" (strictly more than) is
 * ⌊X·N/100⌋ + 1, never more than N; N = 0 gives 0.
 */
import type { Rational } from './rational';

/**
 * X·N/100 as an unreduced fraction: two products, no common-divisor search, since only
 * its floor or ceiling is wanted (a roster's 8,000 communes need tens of thousands).
 */
function percentOf(percent: Rational | number, base: number): { num: bigint; den: bigint } {
  const [num, den] = typeof percent === 'number' ? [BigInt(percent), 1n] : [percent.num, percent.den];
  return { num: num * BigInt(base), den: den * 100n };
}

/** ⌈X·N/100⌉: "at least X% of N". */
export function atLeastPercentOf(percent: Rational | number, base: number): number {
  const { num, den } = percentOf(percent, base);
  // Non-negative, so truncating division is the floor.
  return Number((num + den - 1n) / den);
}

/** ⌊X·N/100⌋ + 1, capped at N: "more than X% of N" (> 90% of 10 is 10, not 9). */
export function moreThanPercentOf(percent: Rational | number, base: number): number {
  if (base === 0) return 0;
  const { num, den } = percentOf(percent, base);
  return Math.min(base, Number(num / den) + 1);
}
