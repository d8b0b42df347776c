import { describe, expect, it } from 'vitest';
import { ceil, compare, floor, mul, rational, toFixed } from '../../../src/lib/math/rational';

describe('rational', () => {
  it('keeps 0.8 × 5% × 25 exactly 1, where floating point gives 1.0000000000000002', () => {
    expect(0.8 * 0.05 * 25).not.toBe(1);
    const target = mul(mul(rational(8, 10), rational(5, 100)), rational(25));
    expect(ceil(target)).toBe(1n);
  });
  it('rounds up and down exactly, negatives included', () => {
    expect(ceil(rational(7, 2))).toBe(4n);
    expect(floor(rational(7, 2))).toBe(3n);
    expect(floor(rational(-7, 2))).toBe(-4n);
    expect(ceil(rational(-7, 2))).toBe(-3n);
    expect(ceil(rational(6, 3))).toBe(2n);
  });
  it('compares without rounding', () => {
    expect(compare(rational(3, 10), rational(30, 100))).toBe(0);
    expect(compare(rational(299, 1000), rational(3, 10))).toBe(-1);
  });
  it('prints rationals rounded half up', () => {
    expect(toFixed(rational(1, 3), 2)).toBe('0.33');
    expect(toFixed(rational(2, 3), 2)).toBe('0.67');
    expect(toFixed(rational(125, 1000), 2)).toBe('0.13');
    expect(toFixed(rational(7), 0)).toBe('7');
  });
});
