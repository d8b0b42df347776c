/**
 * Public service units (đơn vị sự nghiệp công lập, rules.md "3.b Public service units"):
 * a unit whose staff is at least the threshold share DTTS must have a DTTS manager.
 */
import { formatCount, formatPercent } from '../csv/numbers';
import { type Rational, compare, rational } from '../math/rational';
import { type Explanation, notes } from '../rules/clause';
import type { QuotaRuleSet } from './rules';
import type { ServiceUnitRow } from './xa-csv';

export interface ServiceUnitCheck {
  unit: ServiceUnitRow;
  /** DTTS share of the unit's staff, in percent, exact; null for a unit with no staff. */
  dttsPercent: Rational | null;
  /** The unit reaches the threshold, so it must have a DTTS manager. */
  applies: boolean;
  /** It has at least one DTTS manager; null when the rule does not apply. */
  met: boolean | null;
  /** Why the unit is singled out for a second look (An Hưng: between 10% and 15%), or null. */
  flag: string | null;
  why: Explanation;
}

// Two decimals are shown; "≈" keeps 29.999% from reading as exactly 30%.
const shownExactly = (percent: Rational) => (percent.num * 100n) % percent.den === 0n;

/** Checks each unit, in the order given, against the rule set's public service unit rule. */
export function checkServiceUnits(units: readonly ServiceUnitRow[], rules: QuotaRuleSet): ServiceUnitCheck[] {
  const { thresholdPercent, flagBelowPercent, clause, note } = rules.publicServiceUnits;
  return units.map((unit) => {
    const dttsPercent = unit.staff === 0 ? null : rational(BigInt(unit.dttsStaff) * 100n, unit.staff);
    // Exact comparison, never a rounded percentage: 3 of 10 is exactly 30%.
    const atLeast = (percent: number) => dttsPercent !== null && compare(dttsPercent, rational(percent)) >= 0;
    const applies = atLeast(thresholdPercent);
    const flagged = applies && flagBelowPercent !== undefined && !atLeast(flagBelowPercent);
    return {
      unit,
      dttsPercent,
      applies,
      met: applies ? unit.dttsManagers >= 1 : null,
      flag: flagged
        ? `Đơn vị có từ ${thresholdPercent}% đến dưới ${flagBelowPercent}% người làm việc là người dân tộc thiểu số; đề nghị xem xét riêng.`
        : null,
      why: {
        rule: `Đơn vị sự nghiệp công lập có từ ${thresholdPercent}% người làm việc là người dân tộc thiểu số trở lên phải có ít nhất 01 viên chức quản lý là người dân tộc thiểu số.`,
        arithmetic:
          dttsPercent === null
            ? 'Đơn vị không có người làm việc: không áp dụng.'
            : `${formatCount(unit.dttsStaff)} ÷ ${formatCount(unit.staff)} ${shownExactly(dttsPercent) ? '=' : '≈'} ${formatPercent(dttsPercent)}`,
        clauses: [clause],
        notes: notes(note),
      },
    };
  });
}
