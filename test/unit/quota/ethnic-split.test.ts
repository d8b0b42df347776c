import { describe, expect, it } from 'vitest';
import { rational } from '../../../src/lib/math/rational';
import { ETHNIC_SPLIT_NOTE, ethnicSplit } from '../../../src/lib/quota/ethnic-split';
import type { EthnicGroupRow } from '../../../src/lib/quota/xa-csv';

const group = (ethnicGroup: string, population: number, cadres: number | null = null, code = 'X1'): EthnicGroupRow => ({
  row: 2,
  code,
  ethnicGroup,
  population,
  cadres,
});

const allocations = (rows: EthnicGroupRow[], required: number) =>
  Object.fromEntries(ethnicSplit(rows, required).map((share) => [share.ethnicGroup, share.allocation]));

describe('ethnicSplit: shares', () => {
  it('gives each group its exact share of the DTTS population, in input order', () => {
    const split = ethnicSplit([group('Tày', 500), group('Nùng', 300), group('Dao', 200)], 7);
    expect(split.map((s) => s.ethnicGroup)).toEqual(['Tày', 'Nùng', 'Dao']);
    expect(split.map((s) => s.populationPercent)).toEqual([rational(50), rational(30), rational(20)]);
  });

  it('keeps shares exact, not rounded', () => {
    const split = ethnicSplit([group('Tày', 1), group('Nùng', 2)], 0);
    expect(split.map((s) => s.populationPercent)).toEqual([rational(100, 3), rational(200, 3)]);
  });

  it('gives the share of current DTTS cadres only when every group’s cadres are given', () => {
    expect(ethnicSplit([group('Tày', 500, 2), group('Nùng', 300, 4)], 5).map((s) => s.cadrePercent)).toEqual([
      rational(100, 3),
      rational(200, 3),
    ]);
    expect(ethnicSplit([group('Tày', 500, 2), group('Nùng', 300)], 5).map((s) => s.cadrePercent)).toEqual([null, null]);
    expect(ethnicSplit([group('Tày', 500, 0), group('Nùng', 300, 0)], 5).map((s) => s.cadrePercent)).toEqual([
      rational(0),
      rational(0),
    ]);
  });

  it('says the split is information, not a per-group obligation', () => {
    expect(ETHNIC_SPLIT_NOTE).toContain('chỉ để tham khảo');
  });
});

describe('ethnicSplit: largest remainder', () => {
  it('gives the whole parts, then the people left over to the largest remainders', () => {
    // 7 × 50% = 3,5; 7 × 30% = 2,1; 7 × 20% = 1,4 → 3 + 2 + 1, and the one left over to Tày (0,5)
    expect(allocations([group('Tày', 500), group('Nùng', 300), group('Dao', 200)], 7)).toEqual({ Tày: 4, Nùng: 2, Dao: 1 });
  });

  it('compares remainders exactly', () => {
    // 11 × 7/22 = 3,5 and 11 × 15/22 = 7,5: a tie, so the larger group gets the extra one.
    // In floating point 11 × (15/22) is 7,4999999999999991 and Nùng would get it instead.
    expect(allocations([group('Nùng', 7), group('Tày', 15)], 11)).toEqual({ Nùng: 3, Tày: 8 });
    // 2 × 334/1000 = 0,668 beats 2 × 333/1000 = 0,666
    expect(allocations([group('Nùng', 333), group('Dao', 333), group('Tày', 334)], 2)).toEqual({ Tày: 1, Nùng: 0, Dao: 1 });
  });

  it('breaks a tie of remainders by larger population first', () => {
    // 2 × 50/200 = 0,5 and 2 × 150/200 = 1,5: same remainder, Tày is larger
    expect(allocations([group('Nùng', 50), group('Tày', 150)], 2)).toEqual({ Nùng: 0, Tày: 2 });
  });

  it('then by name in Vietnamese order', () => {
    expect(allocations([group('Tày', 100), group('Nùng', 100), group('Dao', 100)], 1)).toEqual({ Tày: 0, Nùng: 0, Dao: 1 });
    expect(allocations([group('Tày', 100), group('Nùng', 100), group('Dao', 100)], 2)).toEqual({ Tày: 0, Nùng: 1, Dao: 1 });
    // Code-point order would put “Mông” before “Ê Đê”; Vietnamese order puts Ê right after E.
    expect(allocations([group('Mông', 100), group('Ê Đê', 100)], 1)).toEqual({ Mông: 0, 'Ê Đê': 1 });
  });

  it('always adds up exactly to the required minimum', () => {
    const populations = [7, 13, 1, 250, 999, 3, 3, 41];
    const rows = populations.map((population, i) => group(`Nhóm ${i}`, population));
    for (let required = 0; required <= 60; required++) {
      const split = ethnicSplit(rows, required);
      expect(split.reduce((sum, s) => sum + s.allocation, 0)).toBe(required);
      // Each group gets its exact quota rounded down or up, never further off.
      const total = populations.reduce((a, b) => a + b, 0);
      split.forEach((s) => expect(Math.abs(s.allocation - (required * s.population) / total)).toBeLessThan(1));
    }
  });

  it('gives a single group the whole minimum', () => {
    expect(allocations([group('Mường', 1)], 9)).toEqual({ Mường: 9 });
  });
});

describe('ethnicSplit: zero cases', () => {
  it('allocates nothing when the required minimum is 0', () => {
    expect(allocations([group('Tày', 500), group('Nùng', 300)], 0)).toEqual({ Tày: 0, Nùng: 0 });
  });

  it('allocates nothing and gives 0% shares when the DTTS population is 0', () => {
    const split = ethnicSplit([group('Tày', 0), group('Nùng', 0)], 5);
    expect(split.map((s) => s.allocation)).toEqual([0, 0]);
    expect(split.map((s) => s.populationPercent)).toEqual([rational(0), rational(0)]);
  });

  it('gives nothing to a group with no population', () => {
    expect(allocations([group('Tày', 0), group('Nùng', 10)], 3)).toEqual({ Tày: 0, Nùng: 3 });
  });

  it('returns nothing for no groups', () => {
    expect(ethnicSplit([], 4)).toEqual([]);
  });
});

describe('ethnicSplit: misuse', () => {
  it('rejects rows of more than one commune and a required minimum that is not a whole number ≥ 0', () => {
    expect(() => ethnicSplit([group('Tày', 1, null, 'X1'), group('Nùng', 1, null, 'X2')], 1)).toThrow(RangeError);
    expect(() => ethnicSplit([group('Tày', 1)], -1)).toThrow(RangeError);
    expect(() => ethnicSplit([group('Tày', 1)], 1.5)).toThrow(RangeError);
  });
});
