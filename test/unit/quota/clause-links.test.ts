/**
 * Every quota figure cites every clause it applies (issue 16, part 2): its own clause and the
 * roadmap sentence of its khoản, the clauses of the base it is a share of, and the notes
 * the rules require; and every clause cited is one the site test checks on the plan page.
 */
import { describe, expect, it } from 'vitest';
import { citedClauses } from '../../../src/lib/quota/clause-links';
import { type ExplainedYear, type Year, communeQuota, explainCommuneQuota } from '../../../src/lib/quota/engine';
import { PROVINCE_CLAUSES, ethnicAffairsBodyQuota, provinceQuota } from '../../../src/lib/quota/province';
import { AN_HUNG, QD470_THAI_NGUYEN, QUOTA_RULE_SETS } from '../../../src/lib/quota/rules';
import { checkServiceUnits } from '../../../src/lib/quota/service-units';
import type { ClauseRef, Explanation } from '../../../src/lib/rules/clause';
import { commune } from '../../support/commune-fixture';

const anchors = (why: Explanation) => why.clauses.map((c) => `${c.plan === QD470_THAI_NGUYEN.bands[0]!.clause.plan ? 'TN' : 'AH'}:${c.anchor}`);
const key = (c: ClauseRef) => `${c.plan}#${c.anchor}`;

/** Communes in every band, at the 70% boundary and below 5%, with leaders to count. */
const SHARES = [300, 600, 1500, 4000, 6000, 7000, 8000];
const explained = (rules = QD470_THAI_NGUYEN) =>
  SHARES.map((dtts) => explainCommuneQuota(communeQuota(commune({ dtts, staffQuota: 37, dttsCadres: 13 }), rules), rules));
const figures = (years: Record<Year, ExplainedYear>) => ([2030, 2035] as Year[]).flatMap((year) => Object.values(years[year]).map((f) => f.why));

/**
 * Each percentage the arithmetic multiplies by ("⌈40 × 25% × 80%⌉") is a number of a clause
 * the figure cites: a figure missing the roadmap sentence, or its ratio's clause, fails here.
 */
function expectPercentsCited(why: Explanation) {
  const percents = [...why.arithmetic.matchAll(/× (\d+)%/g)].map((m) => `${m[1]}%`).filter((p) => p !== '0%');
  for (const percent of percents) {
    expect(why.clauses.some((c) => c.numbers.includes(percent)), `${why.arithmetic}: ${percent} in ${anchors(why).join(', ')}`).toBe(true);
  }
}

describe('commune figures cite every clause they apply', () => {
  it('Thái Nguyên: the band or leader clause with the roadmap sentence of its khoản, in both years', () => {
    const why = explainCommuneQuota(communeQuota(commune({ dtts: 6000, staffQuota: 40, dttsCadres: 12 }), QD470_THAI_NGUYEN), QD470_THAI_NGUYEN);
    for (const year of [2030, 2035] as Year[]) {
      expect(anchors(why[year].minimum.why)).toEqual(['TN:ii-2-b-4', 'TN:ii-2']);
      expect(anchors(why[year].leaders.why)).toEqual(['TN:ii-3-b-2-2', 'TN:ii-3']);
      // Women: their own clause and roadmap, then the clauses of the minimum they are a share of.
      expect(anchors(why[year].women.why)).toEqual(['TN:ii-3-c', 'TN:ii-3', 'TN:ii-2-b-4', 'TN:ii-2']);
      expect(anchors(why[year].womenLeaders.why)).toEqual(['TN:ii-3-c', 'TN:ii-3', 'TN:ii-3-b-2-2']);
      expect(anchors(why[year].trained.why)).toEqual(['TN:ii-4']);
    }
    expect(QD470_THAI_NGUYEN.roadmap.ratioClause).toMatchObject({ anchor: 'ii-2', opening: true, numbers: expect.arrayContaining(['80%', '100%']) });
    expect(QD470_THAI_NGUYEN.roadmap.structureClause).toMatchObject({ anchor: 'ii-3', opening: true, numbers: expect.arrayContaining(['80%', '100%']) });
  });

  it('An Hưng: its own clauses, with the borrowed QĐ 470 roadmap sentences', () => {
    const why = explainCommuneQuota(communeQuota(commune({ dtts: 700, staffQuota: 40, dttsCadres: 20 }), AN_HUNG), AN_HUNG);
    expect(anchors(why[2030].minimum.why)).toEqual(['AH:ii-2-1', 'TN:ii-2']);
    expect(anchors(why[2030].leaders.why)).toEqual(['AH:ii-3-3', 'TN:ii-3']);
    expect(anchors(why[2030].women.why)).toEqual(['AH:ii-3-5', 'TN:ii-3', 'AH:ii-2-1', 'TN:ii-2']);
    expect(anchors(why[2030].womenLeaders.why)).toEqual(['AH:ii-3-5', 'TN:ii-3', 'AH:ii-3-3']);
    expect(anchors(why[2030].trained.why)).toEqual(['AH:ii-4']);
  });

  it.each(QUOTA_RULE_SETS.map((r) => [r.id, r] as const))('%s: every percentage multiplied by is stated by a cited clause', (_id, rules) => {
    for (const years of explained(rules)) for (const why of figures(years)) expectPercentsCited(why);
  });

  it.each(QUOTA_RULE_SETS.map((r) => [r.id, r] as const))('%s: every clause a figure cites is checked on the plan page', (_id, rules) => {
    const checked = new Set(citedClauses(rules).map(key));
    for (const years of explained(rules)) {
      for (const why of figures(years)) {
        for (const c of why.clauses) expect(checked, key(c)).toContain(key(c));
        expect(new Set(why.clauses.map(key)).size, 'each clause once').toBe(why.clauses.length);
      }
    }
  });
});

describe('notes the rules require beside each figure', () => {
  it('An Hưng: every figure using the borrowed roadmap carries its note, in both years; training, its own, does not', () => {
    for (const years of explained(AN_HUNG)) {
      for (const year of [2030, 2035] as Year[]) {
        for (const target of ['minimum', 'leaders', 'women', 'womenLeaders'] as const) expect(years[year][target].why.notes, `${year} ${target}`).toContain(AN_HUNG.roadmap.note);
        expect(years[year].trained.why.notes).not.toContain(AN_HUNG.roadmap.note);
      }
    }
  });

  it('Thái Nguyên has a roadmap of its own, so no such note', () => {
    expect(QD470_THAI_NGUYEN.roadmap.note).toBeUndefined();
    for (const years of explained()) for (const why of figures(years)) expect(why.notes.join(' ')).not.toContain('không có câu về lộ trình');
  });

  it('An Hưng women note quotes An Hưng’s own words, Thái Nguyên’s quotes its own', () => {
    expect(AN_HUNG.women.note).toContain('“Mục 2 và điểm b Mục 3”');
    expect(AN_HUNG.women.note).not.toContain('khoản 2 và điểm b khoản 3');
    expect(QD470_THAI_NGUYEN.women.note).toContain('“khoản 2 và điểm b khoản 3 Mục II”');
    // The site test checks each clause contains the words its note quotes.
    for (const rules of QUOTA_RULE_SETS) {
      for (const quote of rules.women.clause.quotes ?? []) expect(rules.women.note).toContain(`“${quote}”`);
      expect(rules.women.clause.quotes).toHaveLength(1);
    }
    const why = explainCommuneQuota(communeQuota(commune({ dttsCadres: 20 }), AN_HUNG), AN_HUNG)[2030];
    expect(why.women.why.notes).toContain(AN_HUNG.women.note);
    expect(why.womenLeaders.why.notes).toContain(AN_HUNG.women.note);
  });

  it('women figures carry the notes of the base they are a share of', () => {
    const fallback = explainCommuneQuota(communeQuota(commune({ dtts: 4000, dttsCadres: 5 }), AN_HUNG), AN_HUNG)[2035];
    expect(fallback.women.why.notes).toContain(AN_HUNG.bands[2]!.note);
    const exactly70 = explainCommuneQuota(communeQuota(commune({ dtts: 7000 }), QD470_THAI_NGUYEN), QD470_THAI_NGUYEN)[2030];
    expect(exactly70.women.why.notes).toContain(QD470_THAI_NGUYEN.exactly70.note);
    expect(exactly70.womenLeaders.why.notes).toContain(QD470_THAI_NGUYEN.leaders.note);
  });

  it('An Hưng’s 10–15% threshold decision comes with every public service unit, Thái Nguyên’s rule has none', () => {
    const units = [10, 12, 20, 5, 0].map((dttsStaff, i) => ({ row: i + 2, code: 'X1', unitName: `Đơn vị ${i}`, staff: dttsStaff === 0 ? 0 : 100, dttsStaff, dttsManagers: 0 }));
    for (const check of checkServiceUnits(units, AN_HUNG)) expect(check.why.notes).toEqual([AN_HUNG.publicServiceUnits.note]);
    expect(AN_HUNG.publicServiceUnits.note).toContain('10%');
    for (const check of checkServiceUnits(units, QD470_THAI_NGUYEN)) expect(check.why.notes).toEqual([]);
  });

  it('the Thái Nguyên ethnic split says its clause is about the province’s population', () => {
    const { clause, note } = QD470_THAI_NGUYEN.ethnicStructure;
    expect(clause.quotes).toEqual(['tổng dân số của tỉnh']);
    expect(note).toContain('“trong tổng dân số của tỉnh”');
    expect(note).toContain('từng xã');
    // An Hưng's clause is about the commune itself: nothing to say.
    expect(AN_HUNG.ethnicStructure.note).toBeUndefined();
    expect(AN_HUNG.ethnicStructure.clause.quotes).toEqual(['tổng dân số của xã']);
  });
});

describe('province figures cite every clause they apply', () => {
  const province = provinceQuota({ staffQuota: 437, dttsCadres: 53 });
  const body = ethnicAffairsBodyQuota({ kind: 'so-dan-toc-ton-giao', base: 37, dttsCount: 9, hasDttsLeaderOrPipeline: true });
  const all = ([2030, 2035] as Year[]).flatMap((year) => [...Object.values(province.targets[year]), ...Object.values(body.targets[year])].map((f) => f.why));

  it('each percentage multiplied by is stated by a cited clause, and each clause is checked on the plan page', () => {
    const checked = new Set(PROVINCE_CLAUSES.map(key));
    for (const why of [...all, body.leadership.why]) {
      expectPercentsCited(why);
      for (const c of why.clauses) expect(checked, key(c)).toContain(key(c));
    }
    expect(anchors(body.targets[2030].minimum.why)).toEqual(['TN:ii-2-c-1', 'TN:ii-2']);
    expect(all).toHaveLength(18);
  });
});
