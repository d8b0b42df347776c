/**
 * The training trajectory of khoản 4 Mục II of the DTTS plans (QĐ 470, An Hưng): from
 * today's trained DTTS cadres to the 2030 target (80%) and the 2035 target (100%),
 * spread evenly over the years left. Base: the current DTTS cadres (rules.md).
 */
import { formatCount as fmt } from '../csv/numbers';
import { atLeastPercentOf } from '../math/targets';
import type { Explanation } from '../rules/clause';
import type { QuotaRuleSet } from '../quota/rules';
import type { QualityInput } from './input';

export interface TrajectoryYear {
  year: number;
  /** People to train that year. */
  train: number;
  /** Trained by the end of that year. */
  trained: number;
}

export interface Trajectory {
  /** The year of the reference date: today's count is at its date. */
  fromYear: number;
  dttsCadres: number;
  trainedNow: number;
  targets: { 2030: { value: number; why: Explanation }; 2035: { value: number; why: Explanation } };
  years: TrajectoryYear[];
  notes: string[];
}

/** `need` people over `years` years, as evenly as whole people allow, larger shares first: 7 over 3 → 3, 2, 2. */
export function spread(need: number, years: number): number[] {
  if (years <= 0) return [];
  const each = Math.floor(need / years);
  const extra = need % years;
  return Array.from({ length: years }, (_, i) => each + (i < extra ? 1 : 0));
}

export const TRAJECTORY_NOTE =
  'Số cần đào tạo được chia đều cho các năm sau năm tham chiếu: đến hết năm 2030 để đạt mức năm 2030, rồi từ năm 2031 đến hết năm 2035 để đạt mức năm 2035; năm nào chia không hết thì các năm đầu nhận nhiều hơn một người.';

/**
 * Training needed year by year from the year after `fromYear` to 2035. When the
 * reference year is 2030 or later, what is still missing for a target falls on the
 * next year, with a note.
 */
export function trainingTrajectory(dttsCadres: number, trainedNow: number, fromYear: number, rules: QuotaRuleSet): Trajectory {
  const { percent2030, percent2035, clause } = rules.training;
  const { 2030: target2030, 2035: target2035 } = trainingTargets(dttsCadres, rules);
  const notes: string[] = [];
  const years: TrajectoryYear[] = [];
  let trained = trainedNow;
  let year = fromYear;
  for (const [target, end] of [[target2030, 2030], [target2035, 2035]] as const) {
    const need = Math.max(0, target - trained);
    let span = end - year;
    if (span <= 0) {
      if (need > 0) notes.push(`Đã qua năm ${end} mà còn thiếu ${fmt(need)} người so với mức năm ${end}; công cụ dồn số này vào năm ${year + 1}.`);
      span = need > 0 ? 1 : 0;
    }
    for (const train of spread(need, span)) {
      year += 1;
      trained += train;
      years.push({ year, train, trained });
    }
  }
  const explain = (percent: number, value: number, y: number): Explanation => ({
    rule: `${percent}% cán bộ người dân tộc thiểu số được đào tạo, bồi dưỡng đến năm ${y} (tính trên số cán bộ người DTTS hiện có).`,
    arithmetic: `⌈${fmt(dttsCadres)} × ${percent}%⌉ = ${fmt(value)}`,
    clauses: [clause],
    notes: [],
  });
  return {
    fromYear,
    dttsCadres,
    trainedNow,
    targets: { 2030: { value: target2030, why: explain(percent2030, target2030, 2030) }, 2035: { value: target2035, why: explain(percent2035, target2035, 2035) } },
    years,
    notes,
  };
}

/** People trained by 2030 and by 2035, the targets alone (for a result file of thousands of communes). */
export function trainingTargets(dttsCadres: number, rules: QuotaRuleSet): Record<2030 | 2035, number> {
  return { 2030: atLeastPercentOf(rules.training.percent2030, dttsCadres), 2035: atLeastPercentOf(rules.training.percent2035, dttsCadres) };
}

/** A commune's trajectory and targets are known when its DTTS cadre and trained counts are. */
const countsKnown = (input: QualityInput): input is QualityInput & { dttsCadres: number; dttsTrained: number } =>
  input.dttsCadres !== null && input.dttsTrained !== null;

/** A commune's trajectory, or null when its DTTS cadre or trained counts are not known. */
export function communeTrajectory(input: QualityInput, fromYear: number, rules: QuotaRuleSet): Trajectory | null {
  return countsKnown(input) ? trainingTrajectory(input.dttsCadres, input.dttsTrained, fromYear, rules) : null;
}

/** A commune's targets alone, or null when its trajectory is. */
export function communeTrainingTargets(input: QualityInput, rules: QuotaRuleSet): Record<2030 | 2035, number> | null {
  return countsKnown(input) ? trainingTargets(input.dttsCadres, rules) : null;
}
