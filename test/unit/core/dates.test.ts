import { describe, expect, it } from 'vitest';
import { addDays, compareDates, daysInMonth, formatDate, formatDateVi, isoDate, isoDateOf } from '../../../src/lib/core/dates';

describe('formatDateVi', () => {
  it('pads the day, and the month only for January and February', () => {
    expect(formatDateVi(new Date('2026-04-01'))).toBe('01/4/2026');
    expect(formatDateVi(new Date('2026-02-12'))).toBe('12/02/2026');
    expect(formatDateVi(new Date('2026-11-15'))).toBe('15/11/2026');
  });
});

describe('calendar dates', () => {
  it('knows leap years, including the century rule', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 13)).toBe(0);
  });
  it('writes dd/mm/yyyy and orders dates by year, month, day', () => {
    expect(formatDate({ year: 1980, month: 3, day: 5 })).toBe('05/03/1980');
    expect(compareDates({ year: 2026, month: 1, day: 31 }, { year: 2026, month: 2, day: 1 })).toBeLessThan(0);
    expect(compareDates({ year: 2026, month: 2, day: 1 }, { year: 2026, month: 2, day: 1 })).toBe(0);
    expect(compareDates({ year: 2027, month: 1, day: 1 }, { year: 2026, month: 12, day: 31 })).toBeGreaterThan(0);
  });
});

describe('ISO days', () => {
  it('pads year, month and day', () => {
    expect(isoDate(2026, 6, 3)).toBe('2026-06-03');
    expect(isoDate(999, 12, 31)).toBe('0999-12-31');
  });
  it('reads a frontmatter date as the day it names, whatever the local time zone', () => {
    expect(isoDateOf(new Date('2026-03-24'))).toBe('2026-03-24');
  });
  it('moves across months, years and 29 February', () => {
    expect(addDays('2026-11-01', -1)).toBe('2026-10-31');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });
});
