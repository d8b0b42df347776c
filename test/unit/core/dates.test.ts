import { describe, expect, it } from 'vitest';
import { addDays, calendarDateOfIso, compareDates, daysInMonth, isoDate, isoDateOf } from '../../../src/lib/core/dates';

describe('calendar dates', () => {
  it('knows leap years, including the century rule', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 13)).toBe(0);
  });
  it('orders dates by year, month, day', () => {
    expect(compareDates({ year: 2026, month: 1, day: 31 }, { year: 2026, month: 2, day: 1 })).toBeLessThan(0);
    expect(compareDates({ year: 2026, month: 2, day: 1 }, { year: 2026, month: 2, day: 1 })).toBe(0);
    expect(compareDates({ year: 2027, month: 1, day: 1 }, { year: 2026, month: 12, day: 31 })).toBeGreaterThan(0);
  });
});

describe('ISO days', () => {
  it('reads a date field\'s value, and nothing else', () => {
    expect(calendarDateOfIso('2026-06-30')).toEqual({ year: 2026, month: 6, day: 30 });
    expect(calendarDateOfIso('30/06/2026')).toBeNull();
  });
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
