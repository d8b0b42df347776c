/**
 * Statutory retirement age (Bộ luật Lao động 2019, khoản 2 Điều 169; Nghị định
 * 135/2020/NĐ-CP, Điều 4 and Phụ lục I): men 60 years 3 months in 2021, rising 3 months
 * a year to 62 in 2028; women 55 years 4 months in 2021, rising 4 months a year to 60 in
 * 2035. Before 2021: 60 and 55. The age applies to the year a person reaches it, and
 * retirement takes effect at the end of the last day of the month the age is reached
 * (Nghị định 135/2020/NĐ-CP, khoản 1 Điều 3).
 */
import { type CalendarDate, compareDates, daysInMonth } from '../core/dates';

export type Sex = 'nam' | 'nu';

interface AgeSchedule {
  /** Age in months before the schedule starts. */
  before: number;
  firstYear: number;
  /** Age in months in the first year, the monthly step per year, and the final age. */
  first: number;
  step: number;
  final: number;
}

export const RETIREMENT_SCHEDULE: Record<Sex, AgeSchedule> = {
  nam: { before: 60 * 12, firstYear: 2021, first: 60 * 12 + 3, step: 3, final: 62 * 12 },
  nu: { before: 55 * 12, firstYear: 2021, first: 55 * 12 + 4, step: 4, final: 60 * 12 },
};

/** Retirement age in months for people reaching it in `year`. */
export function retirementAgeMonths(sex: Sex, year: number): number {
  const s = RETIREMENT_SCHEDULE[sex];
  if (year < s.firstYear) return s.before;
  return Math.min(s.final, s.first + (year - s.firstYear) * s.step);
}

/** Months since year 0 → calendar month, for the arithmetic below. */
const monthIndex = (date: { year: number; month: number }) => date.year * 12 + date.month - 1;

/**
 * The retirement date: the last day of the month in which the person reaches the
 * retirement age of the year they reach it. The schedule rises by less than a year per
 * year, so the first year whose age is reached within that same year is the one.
 */
export function retirementDate(birth: CalendarDate, sex: Sex): { date: CalendarDate; ageMonths: number } {
  for (let year = birth.year + 40; ; year++) {
    const ageMonths = retirementAgeMonths(sex, year);
    const reached = monthIndex(birth) + ageMonths;
    const reachedYear = Math.floor(reached / 12);
    if (reachedYear <= year) {
      const month = (reached % 12) + 1;
      return { date: { year: reachedYear, month, day: daysInMonth(reachedYear, month) }, ageMonths };
    }
  }
}

/** The same calendar day `years` later (29 February → 28 February when needed). */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  const year = date.year + years;
  return { year, month: date.month, day: Math.min(date.day, daysInMonth(year, date.month)) };
}

/** Whether more than `years` of service are left after `reference` (strictly more). */
export function moreThanYearsLeft(retirement: CalendarDate, reference: CalendarDate, years: number): boolean {
  return compareDates(retirement, addYears(reference, years)) > 0;
}

/** Whole years and months from `reference` to `retirement` (0 when already past). */
export function serviceLeft(retirement: CalendarDate, reference: CalendarDate): { years: number; months: number } {
  let months = monthIndex(retirement) - monthIndex(reference);
  if (retirement.day < reference.day) months -= 1;
  months = Math.max(0, months);
  return { years: Math.floor(months / 12), months: months % 12 };
}
