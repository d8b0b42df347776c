import { describe, expect, it } from 'vitest';
import { rational, mul } from '../../../src/lib/math/rational';
import { atLeastPercentOf, moreThanPercentOf } from '../../../src/lib/math/targets';

describe('atLeastPercentOf: “tối thiểu X% của N” is ⌈X·N/100⌉', () => {
  it.each([
    [5, 25, 2],
    [10, 20, 2],
    [10, 21, 3],
    [15, 100, 15],
    [100, 7, 7],
    [35, 0, 0],
  ])('%i%% of %i is %i', (percent, base, target) => {
    expect(atLeastPercentOf(percent, base)).toBe(target);
  });

  it('is exact where floating point is not: 80 % × 5 % of 25 is 1 (0.8 * 0.05 * 25 is 1.0000000000000002)', () => {
    expect(Math.ceil(0.8 * 0.05 * 25)).toBe(2);
    expect(atLeastPercentOf(mul(rational(80, 100), rational(5)), 25)).toBe(1);
  });

  it('takes a fractional percentage: 12.5 % of 8 is 1, of 9 is 2', () => {
    expect(atLeastPercentOf(rational(25, 2), 8)).toBe(1);
    expect(atLeastPercentOf(rational(25, 2), 9)).toBe(2);
  });
});

describe('moreThanPercentOf: “trên X% của N” is ⌊X·N/100⌋ + 1, at most N', () => {
  it.each([
    [90, 10, 10],
    [90, 20, 19],
    [95, 40, 39],
    [85, 7, 6],
    [100, 5, 5],
    [90, 0, 0],
  ])('more than %i%% of %i is %i', (percent, base, target) => {
    expect(moreThanPercentOf(percent, base)).toBe(target);
  });

  it('is strictly more, also when X·N/100 is whole: more than 50 % of 10 is 6', () => {
    expect(moreThanPercentOf(50, 10)).toBe(6);
    expect(moreThanPercentOf(rational(1, 2), 200)).toBe(2);
  });
});
