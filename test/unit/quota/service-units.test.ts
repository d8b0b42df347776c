import { describe, expect, it } from 'vitest';
import { rational } from '../../../src/lib/math/rational';
import { AN_HUNG, QD470_THAI_NGUYEN } from '../../../src/lib/quota/rules';
import { checkServiceUnits } from '../../../src/lib/quota/service-units';
import type { ServiceUnitRow } from '../../../src/lib/quota/xa-csv';

const unit = (staff: number, dttsStaff: number, dttsManagers = 0, unitName = 'Trường Tiểu học'): ServiceUnitRow => ({
  row: 2,
  code: 'X1',
  unitName,
  staff,
  dttsStaff,
  dttsManagers,
});

const checkOne = (row: ServiceUnitRow, rules = QD470_THAI_NGUYEN) => checkServiceUnits([row], rules)[0]!;

describe('checkServiceUnits — QĐ 470 (30%)', () => {
  it('applies from exactly 30%, compared exactly', () => {
    expect(checkOne(unit(10, 3)).applies).toBe(true);
    expect(checkOne(unit(10000, 2999)).applies).toBe(false);
    // 29,999% shows as 30% with two decimals, but is below the threshold
    const justBelow = checkOne(unit(100000, 29999));
    expect(justBelow.applies).toBe(false);
    expect(justBelow.why.arithmetic).toBe('29.999 ÷ 100.000 ≈ 30%');
  });

  it('is met with at least one DTTS manager', () => {
    expect(checkOne(unit(10, 3, 0)).met).toBe(false);
    expect(checkOne(unit(10, 3, 1)).met).toBe(true);
    expect(checkOne(unit(10, 10, 2)).met).toBe(true);
  });

  it('has nothing to meet when it does not apply', () => {
    expect(checkOne(unit(10, 2, 1)).met).toBeNull();
  });

  it('gives the exact share', () => {
    expect(checkOne(unit(3, 2)).dttsPercent).toEqual(rational(200, 3));
    expect(checkOne(unit(3, 2)).why.arithmetic).toBe('2 ÷ 3 ≈ 66,67%');
    expect(checkOne(unit(10, 3)).why.arithmetic).toBe('3 ÷ 10 = 30%');
  });

  it('does not apply to a unit with no staff', () => {
    const empty = checkOne(unit(0, 0));
    expect(empty).toMatchObject({ dttsPercent: null, applies: false, met: null, flag: null });
    expect(empty.why.arithmetic).toContain('không áp dụng');
  });

  it('never flags units, and cites its clause', () => {
    expect(checkOne(unit(10, 3)).flag).toBeNull();
    expect(checkOne(unit(10, 3)).why.clauses.map((c) => c.anchor)).toEqual(['ii-3-b-2-3']);
    expect(checkOne(unit(10, 3)).why.notes).toEqual([]);
    expect(checkOne(unit(10, 3)).why.rule).toContain('30%');
  });

  it('keeps the input order', () => {
    const units = [unit(10, 0, 0, 'C'), unit(10, 5, 1, 'A'), unit(10, 3, 0, 'B')];
    expect(checkServiceUnits(units, QD470_THAI_NGUYEN).map((c) => [c.unit.unitName, c.applies, c.met])).toEqual([
      ['C', false, null],
      ['A', true, true],
      ['B', true, false],
    ]);
  });
});

describe('checkServiceUnits — An Hưng (10%, flagged below 15%)', () => {
  it('applies from exactly 10%', () => {
    expect(checkOne(unit(10, 1), AN_HUNG).applies).toBe(true);
    expect(checkOne(unit(1000, 99), AN_HUNG).applies).toBe(false);
  });

  it('flags units from 10% up to, not including, 15%, with the rule’s note', () => {
    const atTen = checkOne(unit(10, 1), AN_HUNG);
    expect(atTen.flag).toContain('từ 10% đến dưới 15%');
    expect(atTen.why.notes).toEqual([AN_HUNG.publicServiceUnits.note]);
    expect(checkOne(unit(100000, 14999), AN_HUNG).flag).not.toBeNull();
    expect(checkOne(unit(20, 3), AN_HUNG).flag).toBeNull(); // exactly 15%
    expect(checkOne(unit(1000, 99), AN_HUNG).flag).toBeNull(); // below 10%: not covered at all
    expect(checkOne(unit(0, 0), AN_HUNG).flag).toBeNull();
  });

  it('still requires a DTTS manager of flagged units', () => {
    expect(checkOne(unit(10, 1, 0), AN_HUNG).met).toBe(false);
    expect(checkOne(unit(10, 1, 1), AN_HUNG).met).toBe(true);
    expect(checkOne(unit(10, 1), AN_HUNG).why.clauses.map((c) => c.plan)).toEqual(['an-hung-dtts-2026']);
  });
});
