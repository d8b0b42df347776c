/**
 * The Lai Châu rule (NQ 05-NQ/TU, điểm 2.4 khoản 2 Mục II): cadres below the professional
 * qualification standard with more than 6 years of service left are to be sent for
 * university training. Names stay on screen and in the user's own download.
 */
import type { CalendarDate } from '../core/dates';
import { formatDate } from '../core/vi-format';
import { LAI_CHAU_NQ05 } from './rules';
import type { Cadre } from '../roster/can-bo-csv';
import { moreThanYearsLeft, retirementDate, serviceLeft } from '../roster/retirement';

/** One cadre on the list, flat and formatted: the list can run to tens of thousands and goes from the worker to the page. */
export interface TrainingCandidate {
  row: number;
  code: string;
  name: string | null;
  sex: Cadre['sex'];
  /** "20/03/1995", or "1988" when only the year is known. */
  birth: string;
  /** "31/03/2055" */
  retirement: string;
  yearsLeft: number;
  monthsLeft: number;
}

/**
 * Cadres with dat_chuan_trinh_do = không and more than 6 years left at `reference`, in
 * roster order, taken in one cadre at a time as the roster is read (readCanBoCsv).
 */
export class LaiChauList {
  private readonly candidates: TrainingCandidate[] = [];
  /** Whether the roster has a dat_chuan_trinh_do column (a cadre without it has the flag null). */
  private listable = true;
  /** Retirement depends only on sex and the month of birth: worked out once per pair (a roster of 200,000 has about a thousand). */
  private readonly service = new Map<number, { listed: boolean; retirement: string; left: { years: number; months: number } }>();

  constructor(private readonly reference: CalendarDate) {}

  add(c: Cadre): void {
    const qualified = c.flags.dat_chuan_trinh_do;
    if (qualified === null) this.listable = false;
    if (qualified !== false) return;
    const key = (c.birth.year * 12 + c.birth.month) * 2 + (c.sex === 'nu' ? 1 : 0);
    let known = this.service.get(key);
    if (!known) {
      const { date } = retirementDate(c.birth, c.sex);
      known = { listed: moreThanYearsLeft(date, this.reference, LAI_CHAU_NQ05.minYearsLeft), retirement: formatDate(date), left: serviceLeft(date, this.reference) };
      this.service.set(key, known);
    }
    if (!known.listed) return;
    this.candidates.push({
      row: c.row,
      code: c.code,
      name: c.name,
      sex: c.sex,
      birth: c.birthYearOnly ? String(c.birth.year) : formatDate(c.birth),
      retirement: known.retirement,
      yearsLeft: known.left.years,
      monthsLeft: known.left.months,
    });
  }

  /** The list so far; null when the roster has no dat_chuan_trinh_do column, so nobody can be listed. */
  list(): TrainingCandidate[] | null {
    return this.listable ? this.candidates : null;
  }
}

/** Candidates per commune code. */
export function countByCommune(candidates: readonly TrainingCandidate[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  return counts;
}
