/**
 * The Đồng Tháp quality indicators of one commune, phase by phase: the number each
 * target requires, the current count, the gap and whether it is met, each with the
 * clause and arithmetic behind it. Exact arithmetic (math/targets.ts).
 */
import { formatCount as fmt, formatPercent } from '../csv/numbers';
import { compare, rational, type Rational } from '../math/rational';
import { atLeastPercentOf, moreThanPercentOf } from '../math/targets';
import { type Explanation, notes } from '../rules/clause';
import type { QualityInput } from './input';
import { type CountIndicator, type IndicatorPart, type Phase, type PhaseId, PHASES, type QualityRuleSet, type Threshold } from './rules';

/** One part of an indicator against the count the phase requires. */
export interface PartResult {
  part: IndicatorPart;
  current: number | null;
  /** max(0, required − current). */
  gap: number | null;
  met: boolean | null;
}

export interface IndicatorResult {
  indicator: CountIndicator;
  /** The base's size; null when not known (then nothing below is). */
  base: number | null;
  /** The same for every part: they share the threshold and the base. */
  required: number | null;
  parts: PartResult[];
  /** Met only when every part is; not met when any part is not; otherwise unknown. */
  met: boolean | null;
  why: Explanation;
}

export interface CheckResult {
  met: boolean | null;
  why: Explanation;
}

export interface PhaseQuality {
  phase: Phase;
  indicators: IndicatorResult[];
  satisfaction: CheckResult;
  digitalTransformation: CheckResult;
}

export interface CommuneQuality {
  code: string;
  name: string;
  phases: Record<PhaseId, PhaseQuality>;
  warnings: string[];
}

const BASE_NAMES: Record<CountIndicator['base'], string> = {
  leaders: 'lãnh đạo, quản lý',
  staff: 'cán bộ, công chức, viên chức',
  records: 'hồ sơ cán bộ',
};

/** "Trên 90%" or "100%" as the plan writes it. */
export const thresholdText = (t: Threshold) => (t.kind === 'moreThan' ? `trên ${t.percent}%` : `${t.percent}%`);

/** The whole number of people a threshold of a base requires. */
export function requiredCount(t: Threshold, base: number): number {
  return t.kind === 'moreThan' ? moreThanPercentOf(t.percent, base) : atLeastPercentOf(t.percent, base);
}

function arithmetic(t: Threshold, base: number, required: number): string {
  if (base === 0) return 'cơ sở bằng 0 nên số cần đạt là 0';
  if (t.kind === 'moreThan') {
    return `⌊${fmt(base)} × ${t.percent}%⌋ + 1 = ${fmt(required)} (không vượt quá ${fmt(base)})`;
  }
  return `⌈${fmt(base)} × ${t.percent}%⌉ = ${fmt(required)}`;
}

/** The figures of one indicator in one phase, part by part; unknown where the base or a current count is. */
function indicatorFigures(indicator: CountIndicator, t: Threshold, input: QualityInput) {
  const base = input.bases[indicator.base];
  const required = base === null ? null : requiredCount(t, base);
  const parts = indicator.parts.map((part): PartResult => {
    const current = input.current[part.id];
    const gap = required === null || current === null ? null : Math.max(0, required - current);
    return { part, current, gap, met: gap === null ? null : gap === 0 };
  });
  const met = parts.some((p) => p.met === false) ? false : parts.every((p) => p.met) ? true : null;
  return { base, required, parts, met };
}

const EACH_PART = 'Xã đạt chỉ tiêu khi từng phần đều đạt.';

function indicatorResult(indicator: CountIndicator, t: Threshold, input: QualityInput): IndicatorResult {
  const figures = indicatorFigures(indicator, t, input);
  const { base, required } = figures;
  const rule = `${thresholdText(t).replace(/^t/, 'T')} ${indicator.name.charAt(0).toLowerCase()}${indicator.name.slice(1)}.`;
  return {
    indicator,
    ...figures,
    why: {
      rule: indicator.parts.length > 1 ? `${rule} ${EACH_PART}` : rule,
      arithmetic: base === null ? `chưa có số ${BASE_NAMES[indicator.base]}` : arithmetic(t, base, required!),
      clauses: [t.clause],
      notes: notes(t.note),
    },
  };
}

/** Whether a satisfaction rate meets a threshold ("trên 85%": exactly 85% does not); null when unknown. */
export function satisfactionMet(t: Threshold, value: Rational | null): boolean | null {
  if (value === null) return null;
  const comparison = compare(value, rational(t.percent));
  return t.kind === 'moreThan' ? comparison > 0 : comparison >= 0;
}

/** "Trên X%" said plainly beside a satisfaction check. */
const satisfactionNotes = (t: Threshold) => notes(t.kind === 'moreThan' ? `“Trên ${t.percent}%” nghĩa là lớn hơn hẳn: đúng ${t.percent}% là chưa đạt.` : undefined);

function satisfactionResult(t: Threshold, value: Rational | null): CheckResult {
  const met = satisfactionMet(t, value);
  return {
    met,
    why: {
      rule: `Hằng năm đạt ${thresholdText(t)} người dân và doanh nghiệp hài lòng với chính quyền cấp xã.`,
      arithmetic: value === null ? 'chưa có tỷ lệ hài lòng' : `${formatPercent(value)} ${met ? (t.kind === 'moreThan' ? '>' : '≥') : t.kind === 'moreThan' ? '≤' : '<'} ${t.percent}%`,
      clauses: [t.clause],
      notes: satisfactionNotes(t),
    },
  };
}

/**
 * Every note beside a commune's figures, each once, in the order the results show them
 * (phase by phase: indicators, then satisfaction). They depend on the rules alone, so a
 * result file works them out once.
 */
export function qualityNotes(rules: QualityRuleSet): string[] {
  return [
    ...new Set(PHASES.flatMap((phase) => [...rules.indicators.flatMap((i) => notes(i.phases[phase.id].note)), ...satisfactionNotes(rules.satisfaction[phase.id])])),
  ];
}

/** Notes on a commune's own figures, shown beside its result and in canh_bao. */
export function inputWarnings(input: QualityInput): string[] {
  return input.bases.leaders === 0 ? ['số lãnh đạo, quản lý bằng 0'] : [];
}

/**
 * How many of a phase's targets the commune's figures show as not met (unknown figures
 * are not counted): the same test as communeQuality, without the explanations, so a
 * whole file can be sorted and filtered by it.
 */
export function unmetTargets(input: QualityInput, rules: QualityRuleSet, phase: PhaseId): number {
  const indicators = rules.indicators.filter((indicator) => indicatorFigures(indicator, indicator.phases[phase], input).met === false).length;
  return indicators + (satisfactionMet(rules.satisfaction[phase], input.satisfaction) === false ? 1 : 0) + (input.digitalTransformation === false ? 1 : 0);
}

export function communeQuality(input: QualityInput, rules: QualityRuleSet): CommuneQuality {
  const warnings = inputWarnings(input);
  const phaseResult = (phase: Phase): PhaseQuality => ({
    phase,
    indicators: rules.indicators.map((indicator) => indicatorResult(indicator, indicator.phases[phase.id], input)),
    satisfaction: satisfactionResult(rules.satisfaction[phase.id], input.satisfaction),
    digitalTransformation: {
      met: input.digitalTransformation,
      why: {
        rule: '100% xã, phường thực hiện chuyển đổi số trong quản lý cán bộ: xã phải thực hiện.',
        arithmetic: input.digitalTransformation === null ? 'chưa có số liệu' : input.digitalTransformation ? 'xã đã thực hiện' : 'xã chưa thực hiện',
        clauses: [rules.digitalTransformation[phase.id].clause],
        notes: [],
      },
    },
  });
  const [first, second] = PHASES as [Phase, Phase];
  return {
    code: input.code,
    name: input.name,
    phases: { [first.id]: phaseResult(first), [second.id]: phaseResult(second) } as Record<PhaseId, PhaseQuality>,
    warnings,
  };
}
