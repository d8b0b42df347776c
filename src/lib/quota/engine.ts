/**
 * The DTTS quota of one commune by 2030 and 2035 under a rule set, with the
 * arithmetic behind every figure. Exact rational arithmetic throughout
 * (shared/spec/rules.md, "Arithmetic").
 */
import { type Rational, ceil, compare, div, mul, rational } from '../math/rational';
import { formatCount as fmt } from '../csv/numbers';
import type { CommuneInput } from './input';
import type { ClauseRef, QuotaRuleSet, ShareBand } from './rules';

export type Year = 2030 | 2035;

/** Why a figure is what it is: the rule in words, the arithmetic, the clause. */
export interface Explanation {
  rule: string;
  arithmetic: string;
  clause: ClauseRef;
  note?: string;
}

export interface Figure {
  value: number;
  why: Explanation;
}

export interface YearTargets {
  /** Minimum DTTS cadres (khoản 2). */
  minimum: Figure;
  /** Minimum DTTS leaders/managers (điểm b khoản 3); based on today's DTTS cadres. */
  leaders: Figure;
  /** Minimum DTTS women (điểm c khoản 3), and women leaders. */
  women: Figure;
  womenLeaders: Figure;
  /** DTTS cadres trained (khoản 4); based on today's DTTS cadres. */
  trained: Figure;
}

export interface CommuneQuota {
  code: string;
  name: string;
  /** DTTS share of the population, in percent, exact. */
  sharePercent: Rational;
  /** The band's minimum share of the staff quota, in percent (0 when no band applies). */
  minimumPercent: number;
  band: ShareBand | null;
  current: number;
  targets: Record<Year, YearTargets>;
  /** max(0, minimum − current). */
  gaps: Record<Year, number>;
  warnings: string[];
}

const PERCENT = rational(100);

export function sharePercent(input: CommuneInput): Rational {
  if (input.share.kind === 'percent') return input.share.percent;
  return input.share.total === 0 ? rational(0) : div(mul(rational(input.share.dtts), PERCENT), rational(input.share.total));
}

/** The band a share falls in, by exact comparison. Exactly 70 % is in none and is handled by the caller. */
export function dttsShareBand(share: Rational, rules: QuotaRuleSet): ShareBand | null {
  return (
    rules.bands.find((band) => {
      const from = compare(share, rational(band.from));
      const aboveFrom = band.fromExclusive ? from > 0 : from >= 0;
      return aboveFrom && (band.to === null || compare(share, rational(band.to)) < 0);
    }) ?? null
  );
}

/** "Tối thiểu X% của N": ceil(X·N/100), X itself scaled by the roadmap's share for the year. */
export function minimumOf(percent: number, roadmapPercent: number, base: number): number {
  return Number(ceil(div(mul(mul(rational(percent), rational(roadmapPercent)), rational(base)), rational(10000))));
}


export function communeQuota(input: CommuneInput, rules: QuotaRuleSet): CommuneQuota {
  const share = sharePercent(input);
  const warnings: string[] = [];
  const band = dttsShareBand(share, rules);
  let minimumPercent = band?.minimumPercent ?? 0;
  let bandClause: ClauseRef = band?.clause ?? rules.bands[0]!.clause;
  let bandNote = band?.note;
  if (!band && compare(share, rational(70)) === 0) {
    minimumPercent = rules.exactly70.minimumPercent;
    bandClause = rules.exactly70.clause;
    bandNote = rules.exactly70.note;
    warnings.push('văn bản không quy định mức cho tỷ lệ đúng 70%');
  } else if (!band) {
    warnings.push('tỷ lệ người dân tộc thiểu số dưới 5%: văn bản không đặt tỷ lệ tối thiểu');
  }
  if (input.share.kind === 'counts' && input.share.total === 0) warnings.push('dân số bằng 0');
  if (input.dttsCadres > input.staffQuota) warnings.push('số cán bộ người dân tộc thiểu số hiện có lớn hơn biên chế được giao');

  const roadmapShare = (year: Year) => (year === 2030 ? rules.roadmap.percent2030 : rules.roadmap.percent2035);
  const roadmapText = (year: Year) => (roadmapShare(year) === 100 ? '' : ` × ${roadmapShare(year)}%`);

  const targetsFor = (year: Year): YearTargets => {
    const r = roadmapShare(year);
    const minimum = minimumOf(minimumPercent, r, input.staffQuota);
    const leaders = minimumOf(rules.leaders.percent, r, input.dttsCadres);
    const women = minimumOf(rules.women.percent, 100, minimum);
    const womenLeaders = minimumOf(rules.women.percent, 100, leaders);
    const trainedPercent = year === 2030 ? rules.training.percent2030 : rules.training.percent2035;
    const trained = minimumOf(trainedPercent, 100, input.dttsCadres);
    return {
      minimum: {
        value: minimum,
        why: {
          rule: minimumPercent
            ? `Tối thiểu ${minimumPercent}% biên chế được giao là người dân tộc thiểu số${r === 100 ? '' : `, đến năm ${year} đạt ${r}% mức đó`}.`
            : 'Xã có dưới 5% dân số là người dân tộc thiểu số: văn bản không đặt tỷ lệ tối thiểu.',
          arithmetic: `⌈${fmt(input.staffQuota)} × ${minimumPercent}%${roadmapText(year)}⌉ = ${fmt(minimum)}`,
          clause: bandClause,
          note: [bandNote, year === 2030 ? rules.roadmap.note : undefined].filter(Boolean).join(' ') || undefined,
        },
      },
      leaders: {
        value: leaders,
        why: {
          rule: `Tối thiểu ${rules.leaders.percent}% cán bộ người dân tộc thiểu số của xã giữ chức danh lãnh đạo, quản lý${r === 100 ? '' : `, đến năm ${year} đạt ${r}% mức đó`}.`,
          arithmetic: `⌈${fmt(input.dttsCadres)} × ${rules.leaders.percent}%${roadmapText(year)}⌉ = ${fmt(leaders)}`,
          clause: rules.leaders.clause,
          note: rules.leaders.note,
        },
      },
      women: {
        value: women,
        why: {
          rule: `Cán bộ nữ người dân tộc thiểu số tối thiểu ${rules.women.percent}% số tối thiểu cán bộ người dân tộc thiểu số năm ${year}.`,
          arithmetic: `⌈${fmt(minimum)} × ${rules.women.percent}%⌉ = ${fmt(women)}`,
          clause: rules.women.clause,
          note: rules.women.note,
        },
      },
      womenLeaders: {
        value: womenLeaders,
        why: {
          rule: `Nữ lãnh đạo, quản lý người dân tộc thiểu số tối thiểu ${rules.women.percent}% số lãnh đạo, quản lý tối thiểu năm ${year}.`,
          arithmetic: `⌈${fmt(leaders)} × ${rules.women.percent}%⌉ = ${fmt(womenLeaders)}`,
          clause: rules.women.clause,
          note: rules.women.note,
        },
      },
      trained: {
        value: trained,
        why: {
          rule: `${trainedPercent}% cán bộ người dân tộc thiểu số được đào tạo, bồi dưỡng đến năm ${year}.`,
          arithmetic: `⌈${fmt(input.dttsCadres)} × ${trainedPercent}%⌉ = ${fmt(trained)}`,
          clause: rules.training.clause,
        },
      },
    };
  };

  const targets = { 2030: targetsFor(2030), 2035: targetsFor(2035) };
  return {
    code: input.code,
    name: input.name,
    sharePercent: share,
    minimumPercent,
    band,
    current: input.dttsCadres,
    targets,
    gaps: {
      2030: Math.max(0, targets[2030].minimum.value - input.dttsCadres),
      2035: Math.max(0, targets[2035].minimum.value - input.dttsCadres),
    },
    warnings,
  };
}
