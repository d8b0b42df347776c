/**
 * The mix of ethnic groups behind a commune's DTTS cadres (rules.md, 3.a): each group's
 * share of the DTTS population and of today's DTTS cadres, and a proportional split of
 * the required minimum. The plan asks for a structure "phù hợp với cơ cấu của các thành
 * phần dân tộc thiểu số" but sets no figure per group, so this is information only.
 */
import { type Rational, ZERO, compare, floor, mul, rational, sub } from '../math/rational';
import type { EthnicGroupRow } from './xa-csv';
import { compareVi } from '../core/vi-format';

/** Shown beside the split so nobody reads it as a per-group obligation. */
export const ETHNIC_SPLIT_NOTE =
  'Số liệu chỉ để tham khảo: kế hoạch yêu cầu cơ cấu cán bộ người dân tộc thiểu số phù hợp với cơ cấu các thành phần dân tộc, ' +
  'không giao chỉ tiêu riêng cho từng dân tộc. Số tối thiểu được chia theo tỷ lệ dân số (phương pháp số dư lớn nhất).';

export interface EthnicGroupShare {
  /** Official name of the group. */
  ethnicGroup: string;
  population: number;
  cadres: number | null;
  /** Share of the commune's DTTS population, in percent, exact (0 when that population is 0). */
  populationPercent: Rational;
  /**
   * Share of the commune's current DTTS cadres, in percent, exact; null unless every group's
   * cadres are given (a partial count would make the shares meaningless). 0 when there are none.
   */
  cadrePercent: Rational | null;
  /** This group's part of the required minimum, proportional to population (largest remainder). */
  allocation: number;
}

const PERCENT = rational(100);

const percentOf = (part: number, whole: number): Rational => (whole === 0 ? ZERO : mul(rational(part, whole), PERCENT));

/**
 * Splits `requiredMinimum` among the groups of one commune (rows of dan-toc.csv with the same
 * ma_xa) in proportion to their population: each gets the whole part of its exact quota, and
 * the people left over go one each to the largest fractional parts (ties: larger population,
 * then name in Vietnamese order). The allocations always add up to `requiredMinimum`, or to 0
 * when there is no DTTS population to split by. Results keep the order of `rows`.
 */
export function ethnicSplit(rows: readonly EthnicGroupRow[], requiredMinimum: number): EthnicGroupShare[] {
  if (!Number.isSafeInteger(requiredMinimum) || requiredMinimum < 0) {
    throw new RangeError(`Số tối thiểu phải là số nguyên không âm: ${requiredMinimum}`);
  }
  if (new Set(rows.map((row) => row.code)).size > 1) throw new RangeError('Các dòng phải cùng một xã.');

  const totalPopulation = rows.reduce((sum, row) => sum + row.population, 0);
  const allCadresGiven = rows.every((row) => row.cadres !== null);
  const totalCadres = rows.reduce((sum, row) => sum + (row.cadres ?? 0), 0);

  const quotas = rows.map((row) =>
    totalPopulation === 0 ? ZERO : mul(rational(requiredMinimum), rational(row.population, totalPopulation)),
  );
  const wholeParts = quotas.map((quota) => floor(quota));
  const leftOver = (totalPopulation === 0 ? 0 : requiredMinimum) - wholeParts.reduce((sum, n) => sum + Number(n), 0);
  const byClaim = rows
    .map((row, i) => ({ row, i, remainder: sub(quotas[i]!, rational(wholeParts[i]!)) }))
    .sort(
      (a, b) =>
        compare(b.remainder, a.remainder) ||
        b.row.population - a.row.population ||
        compareVi(a.row.ethnicGroup, b.row.ethnicGroup),
    );
  // Fewer people are left over than there are groups, so each gets at most one more.
  const getsOneMore = new Set(byClaim.slice(0, leftOver).map(({ i }) => i));

  return rows.map((row, i) => ({
    ethnicGroup: row.ethnicGroup,
    population: row.population,
    cadres: row.cadres,
    populationPercent: percentOf(row.population, totalPopulation),
    cadrePercent: allCadresGiven ? percentOf(row.cadres ?? 0, totalCadres) : null,
    allocation: Number(wholeParts[i]!) + (getsOneMore.has(i) ? 1 : 0),
  }));
}
