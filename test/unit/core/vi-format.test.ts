import { describe, expect, it } from 'vitest';
import { compareVi, formatDate, formatIsoDate, formatNumber } from '../../../src/lib/core/vi-format';
import { formatCount, formatPercent } from '../../../src/lib/csv/numbers';
import { rational } from '../../../src/lib/math/rational';

describe('formatDate', () => {
  it('writes dd/mm/yyyy with leading zeros on day and month', () => {
    expect(formatDate(new Date('2026-04-01'))).toBe('01/04/2026');
    expect(formatDate(new Date('2026-11-15'))).toBe('15/11/2026');
    expect(formatDate({ year: 1980, month: 3, day: 5 })).toBe('05/03/1980');
    expect(formatIsoDate('2026-06-30')).toBe('30/06/2026');
  });
  it('reads a Date as the calendar day it stores (UTC), whatever the time zone', () => {
    expect(formatDate(new Date('2026-12-31T00:00:00Z'))).toBe('31/12/2026');
  });
});

describe('formatNumber', () => {
  it('groups thousands with "." and marks decimals with ","', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(1234)).toBe('1.234');
    expect(formatNumber(12.345, 1)).toBe('12,3');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0.2)).toBe('0');
    expect(formatNumber(-1234)).toBe('-1.234');
  });
  it('keeps a decimal string exact, with trailing zeros dropped', () => {
    expect(formatNumber('12.50', 2)).toBe('12,5');
    expect(formatNumber('9007199254740993', 0)).toBe('9.007.199.254.740.993');
  });
  it('is what counts and percentages use', () => {
    expect(formatCount(1234.4)).toBe('1.234');
    expect(formatPercent(rational(25, 2))).toBe('12,5%');
    expect(formatPercent(rational(200000, 3))).toBe('66.666,67%');
    expect(formatPercent(rational(30, 1))).toBe('30%');
  });
});

describe('compareVi', () => {
  it('puts numbers in numeric order', () => {
    expect(['Phường 10', 'Phường 2', 'Phường 1'].sort(compareVi)).toEqual(['Phường 1', 'Phường 2', 'Phường 10']);
  });
  it('sorts Đ after every D and before E, and vowels with marks after the plain one', () => {
    expect(['Đông Hưng', 'Eo Gió', 'Dương Kinh', 'Duy Tiên', 'Ân Thi', 'An Lão'].sort(compareVi)).toEqual([
      'An Lão', 'Ân Thi', 'Duy Tiên', 'Dương Kinh', 'Đông Hưng', 'Eo Gió',
    ]);
  });
});
