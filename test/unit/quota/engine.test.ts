import { describe, expect, it } from 'vitest';
import { rational } from '../../../src/lib/math/rational';
import { communeQuota, dttsShareBand, explainCommuneQuota, minimumOf } from '../../../src/lib/quota/engine';
import { commune } from '../../support/commune-fixture';
import { AN_HUNG, QD470_THAI_NGUYEN } from '../../../src/lib/quota/rules';


describe('DTTS share bands (exact comparison of counts)', () => {
  it.each([
    [499, 0], [500, 5], [999, 5], [1000, 10], [2999, 10], [3000, 15], [4999, 15], [5000, 25], [6999, 25], [7001, 35], [10000, 35],
  ])('%i of 10,000 people → minimum %i%%', (dtts, percent) => {
    expect(communeQuota(commune({ dtts }), QD470_THAI_NGUYEN).minimumPercent).toBe(percent);
  });

  it('exactly 70% applies 35% and says the text sets no level for it', () => {
    const q = communeQuota(commune({ dtts: 7000 }), QD470_THAI_NGUYEN);
    expect(q.minimumPercent).toBe(35);
    expect(q.warnings).toContain('văn bản không quy định mức cho tỷ lệ đúng 70%');
    expect(explainCommuneQuota(q, QD470_THAI_NGUYEN)[2035].minimum.why.notes.join(' ')).toContain('đúng 70%');
  });

  it('compares shares without rounding: 29.99…% is not 30%', () => {
    expect(dttsShareBand(rational(2999999, 100000), QD470_THAI_NGUYEN)?.minimumPercent).toBe(10);
    expect(dttsShareBand(rational(30), QD470_THAI_NGUYEN)?.minimumPercent).toBe(15);
  });

  it('below 5% sets no minimum, and says so', () => {
    const q = communeQuota(commune({ dtts: 400, dttsCadres: 3 }), QD470_THAI_NGUYEN);
    expect(q.targets[2030].minimum).toBe(0);
    expect(q.warnings.join()).toContain('dưới 5%');
  });
});

describe('targets', () => {
  it('avoids the floating-point trap: ceil(0.8 × 5% × 25) is 1, not 2', () => {
    const q = communeQuota(commune({ dtts: 600, staffQuota: 25 }), QD470_THAI_NGUYEN);
    expect(q.targets[2030].minimum).toBe(1);
    expect(q.targets[2035].minimum).toBe(2);
    expect(explainCommuneQuota(q, QD470_THAI_NGUYEN)[2030].minimum.why.arithmetic).toBe('⌈25 × 5% × 80%⌉ = 1');
  });

  it('rounds up exactly for bases beyond floating point\'s whole numbers too', () => {
    // 35 × 80 × (2^50 + 1) is above 2^53: the rational path gives the exact ceiling.
    const base = 2 ** 50 + 1;
    const exact = (35n * 80n * BigInt(base) + 9999n) / 10000n;
    expect(BigInt(minimumOf(35, 80, base))).toBe(exact);
    expect(minimumOf(5, 80, 25)).toBe(1);
    expect(minimumOf(20, 100, 5)).toBe(1);
    expect(minimumOf(20, 100, 0)).toBe(0);
  });

  it('applies the 80% roadmap to the ratio, then rounds once', () => {
    // 15% of 37 = 5.55 → 2035: 6; 80% × 15% × 37 = 4.44 → 2030: 5
    const q = communeQuota(commune({ dtts: 4000, staffQuota: 37, dttsCadres: 2 }), QD470_THAI_NGUYEN);
    expect([q.targets[2030].minimum, q.targets[2035].minimum]).toEqual([5, 6]);
    expect(q.gaps).toEqual({ 2030: 3, 2035: 4 });
  });

  it('bases leaders and training on today’s DTTS cadres, and women on the year’s minimum', () => {
    const q = communeQuota(commune({ dtts: 6000, staffQuota: 40, dttsCadres: 12 }), QD470_THAI_NGUYEN);
    // minimum 2030 = ⌈40 × 25% × 80%⌉ = 8, 2035 = 10
    expect(q.targets[2030].minimum).toBe(8);
    expect(q.targets[2035].minimum).toBe(10);
    // leaders: ⌈12 × 20% × 80%⌉ = ⌈1.92⌉ = 2; 2035: ⌈2.4⌉ = 3
    expect([q.targets[2030].leaders, q.targets[2035].leaders]).toEqual([2, 3]);
    // women: ⌈8 × 20%⌉ = 2 (80% not applied twice); 2035 ⌈10 × 20%⌉ = 2
    expect([q.targets[2030].women, q.targets[2035].women]).toEqual([2, 2]);
    // women leaders: ⌈2 × 20%⌉ = 1; ⌈3 × 20%⌉ = 1
    expect([q.targets[2030].womenLeaders, q.targets[2035].womenLeaders]).toEqual([1, 1]);
    // training: ⌈12 × 80%⌉ = 10; 12
    expect([q.targets[2030].trained, q.targets[2035].trained]).toEqual([10, 12]);
  });

  it('gives zero for a zero quota and zero cadres', () => {
    const q = communeQuota(commune({ dtts: 9000, staffQuota: 0, dttsCadres: 0 }), QD470_THAI_NGUYEN);
    expect(Object.values(q.targets[2035]).map(Number)).toEqual([0, 0, 0, 0, 0]);
    expect(q.gaps).toEqual({ 2030: 0, 2035: 0 });
  });

  it('takes a given percentage as exactly as counts', () => {
    const q = communeQuota(commune({ share: { kind: 'percent', percent: rational(25, 2) } }), QD470_THAI_NGUYEN);
    expect(q.minimumPercent).toBe(10);
  });

  it('warns, without blocking, when DTTS cadres exceed the quota', () => {
    const q = communeQuota(commune({ staffQuota: 5, dttsCadres: 6 }), QD470_THAI_NGUYEN);
    expect(q.warnings.join()).toContain('lớn hơn biên chế');
  });
});

describe('rule set An Hưng', () => {
  it('uses its own 5% band, 5% leaders and 10% women', () => {
    const q = communeQuota(commune({ dtts: 700, staffQuota: 40, dttsCadres: 20 }), AN_HUNG);
    expect(q.minimumPercent).toBe(5);
    expect(explainCommuneQuota(q, AN_HUNG)[2030].minimum.why.clauses[0]!.plan).toBe('an-hung-dtts-2026');
    expect(q.targets[2035].leaders).toBe(1); // ⌈20 × 5%⌉
    expect(q.targets[2035].women).toBe(1); // ⌈2 × 10%⌉ with minimum ⌈40 × 5%⌉ = 2
  });

  it('falls back to the QĐ 470 bands and the roadmap, and says so', () => {
    const q = communeQuota(commune({ dtts: 3500, staffQuota: 40 }), AN_HUNG);
    expect(q.minimumPercent).toBe(15);
    const { notes } = explainCommuneQuota(q, AN_HUNG)[2030].minimum.why;
    expect(notes).toContain(AN_HUNG.bands[2]!.note);
    expect(notes).toContain(AN_HUNG.roadmap.note);
    expect(AN_HUNG.roadmap.note).toContain('Quyết định số 470/QĐ-TTg');
  });
});
