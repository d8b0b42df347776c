import { describe, expect, it } from 'vitest';
import { addYears, moreThanYearsLeft, retirementAgeMonths, retirementDate, serviceLeft } from '../../../src/lib/roster/retirement';

const d = (day: number, month: number, year: number) => ({ year, month, day });

describe('statutory retirement schedule (BLLĐ 2019, NĐ 135/2020)', () => {
  it.each([
    ['nam', 2020, 720], ['nam', 2021, 723], ['nam', 2022, 726], ['nam', 2027, 741], ['nam', 2028, 744], ['nam', 2040, 744],
    ['nu', 2020, 660], ['nu', 2021, 664], ['nu', 2022, 668], ['nu', 2034, 716], ['nu', 2035, 720], ['nu', 2050, 720],
  ] as const)('%s reaching it in %i: %i months', (sex, year, months) => {
    expect(retirementAgeMonths(sex, year)).toBe(months);
  });

  it.each([
    // Men: 60 before 2021; 60y3m for those reaching it in 2021; 62 from 2028.
    ['man born 12/1960 retires at 60 in 2020', d(15, 12, 1960), 'nam', d(31, 12, 2020), 720],
    ['man born 01/1961 retires at 60y3m', d(1, 1, 1961), 'nam', d(30, 4, 2021), 723],
    ['man born 09/1961: last to reach 60y3m in 2021', d(20, 9, 1961), 'nam', d(31, 12, 2021), 723],
    ['man born 10/1961: 60y3m falls in 2022, so 60y6m', d(1, 10, 1961), 'nam', d(30, 4, 2022), 726],
    ['man born 03/1966: 61y9m in 12/2027', d(10, 3, 1966), 'nam', d(31, 12, 2027), 741],
    ['man born 04/1966: 62 in 04/2028', d(10, 4, 1966), 'nam', d(30, 4, 2028), 744],
    ['man born 1990: 62', d(1, 1, 1990), 'nam', d(31, 1, 2052), 744],
    // Women: 55 before 2021; 55y4m in 2021; 60 from 2035.
    ['woman born 12/1965 retires at 55 in 2020', d(1, 12, 1965), 'nu', d(31, 12, 2020), 660],
    ['woman born 08/1966: last to reach 55y4m in 2021', d(31, 8, 1966), 'nu', d(31, 12, 2021), 664],
    ['woman born 09/1966: 55y8m in 2022', d(1, 9, 1966), 'nu', d(31, 5, 2022), 668],
    ['woman born 04/1975: 59y8m in 12/2034', d(4, 4, 1975), 'nu', d(31, 12, 2034), 716],
    ['woman born 05/1975: 60 in 05/2035', d(4, 5, 1975), 'nu', d(31, 5, 2035), 720],
    ['woman born 02/1980: 60, end of a leap February', d(29, 2, 1980), 'nu', d(29, 2, 2040), 720],
  ] as const)('%s', (_name, birth, sex, date, ageMonths) => {
    expect(retirementDate(birth, sex)).toEqual({ date, ageMonths });
  });

  it('counts "more than 6 years left" strictly, to the day', () => {
    const retirement = d(30, 4, 2033);
    expect(moreThanYearsLeft(retirement, d(29, 4, 2027), 6)).toBe(true);
    expect(moreThanYearsLeft(retirement, d(30, 4, 2027), 6)).toBe(false);
    expect(moreThanYearsLeft(retirement, d(1, 5, 2027), 6)).toBe(false);
    expect(addYears(d(29, 2, 2028), 6)).toEqual(d(28, 2, 2034));
  });

  it('gives the service left in years and months, and 0 once past', () => {
    expect(serviceLeft(d(31, 8, 2028), d(22, 11, 2026))).toEqual({ years: 1, months: 9 });
    expect(serviceLeft(d(31, 5, 2024), d(22, 11, 2026))).toEqual({ years: 0, months: 0 });
  });
});
