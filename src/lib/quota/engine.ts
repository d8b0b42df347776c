/**
 * The DTTS quota of one commune by 2030 and 2035 under a rule set, with the
 * arithmetic behind every figure. Exact rational arithmetic throughout
 * (docs/rules.md, "Arithmetic, everywhere").
 */
import { type Rational, compare, div, mul, rational } from '../math/rational';
import { atLeastPercentOf } from '../math/targets';
import { formatCount as fmt } from '../csv/numbers';
import type { CommuneInput } from './input';
import { type Explanation, distinctClauses, notes } from '../rules/clause';
import type { QuotaRuleSet, ShareBand } from './rules';

export type Year = 2030 | 2035;

export interface Figure {
  value: number;
  why: Explanation;
}

type Targets = 'minimum' | 'leaders' | 'women' | 'womenLeaders' | 'trained';

export interface YearTargets {
  /** Minimum DTTS cadres (khoản 2). */
  minimum: number;
  /** Minimum DTTS leaders/managers (điểm b khoản 3); based on today's DTTS cadres. */
  leaders: number;
  /** Minimum DTTS women (điểm c khoản 3), and women leaders. */
  women: number;
  womenLeaders: number;
  /** DTTS cadres trained (khoản 4); based on today's DTTS cadres. */
  trained: number;
}

/** Each target of a year with the rule, arithmetic and clause behind it. */
export type ExplainedYear = Record<Targets, Figure>;

/**
 * One commune's figures: plain numbers only, so that thousands of them pass
 * quickly from the Web Worker to the page. Their explanations are made on demand
 * by explainCommuneQuota.
 */
export interface CommuneQuota {
  code: string;
  name: string;
  /** DTTS share of the population, in percent, exact. */
  sharePercent: Rational;
  /** The band's minimum share of the staff quota, in percent (0 when no band applies). */
  minimumPercent: number;
  /** bien_che and can_bo_dtts as read. */
  staffQuota: number;
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
  const scaled = percent * roadmapPercent * base;
  // Whole numbers below 2^53 are exact in floating point, and so is their remainder.
  if (Number.isSafeInteger(scaled)) return (scaled - (scaled % 10000)) / 10000 + (scaled % 10000 > 0 ? 1 : 0);
  return atLeastPercentOf(rational(percent * roadmapPercent, 100), base);
}


/** The band, its clause and note, and the warnings that come with a share. */
function bandOf(share: Rational, rules: QuotaRuleSet) {
  const band = dttsShareBand(share, rules);
  if (band) return { minimumPercent: band.minimumPercent, clause: band.clause, note: band.note, warning: null };
  if (compare(share, rational(70)) === 0) {
    return { ...rules.exactly70, warning: 'văn bản không quy định mức cho tỷ lệ đúng 70%' };
  }
  return { minimumPercent: 0, clause: rules.bands[0]!.clause, note: undefined, warning: 'tỷ lệ người dân tộc thiểu số dưới 5%: văn bản không đặt tỷ lệ tối thiểu' };
}

/** What is still missing to reach a target: max(0, target − current); unknown when today's count is. */
export function shortfall(target: number, current: number): number;
export function shortfall(target: number, current: number | null): number | null;
export function shortfall(target: number, current: number | null): number | null {
  return current === null ? null : Math.max(0, target - current);
}

const roadmapShare = (rules: QuotaRuleSet, year: Year) => (year === 2030 ? rules.roadmap.percent2030 : rules.roadmap.percent2035);
const trainedShare = (rules: QuotaRuleSet, year: Year) => (year === 2030 ? rules.training.percent2030 : rules.training.percent2035);

export function communeQuota(input: CommuneInput, rules: QuotaRuleSet): CommuneQuota {
  const share = sharePercent(input);
  const { minimumPercent, warning } = bandOf(share, rules);
  const warnings = warning ? [warning] : [];
  if (input.share.kind === 'counts' && input.share.total === 0) warnings.push('dân số bằng 0');
  if (input.dttsCadres > input.staffQuota) warnings.push('số cán bộ người dân tộc thiểu số hiện có lớn hơn biên chế được giao');

  const targetsFor = (year: Year): YearTargets => {
    const r = roadmapShare(rules, year);
    const minimum = minimumOf(minimumPercent, r, input.staffQuota);
    const leaders = minimumOf(rules.leaders.percent, r, input.dttsCadres);
    return {
      minimum,
      leaders,
      women: minimumOf(rules.women.percent, 100, minimum),
      womenLeaders: minimumOf(rules.women.percent, 100, leaders),
      trained: minimumOf(trainedShare(rules, year), 100, input.dttsCadres),
    };
  };
  const targets = { 2030: targetsFor(2030), 2035: targetsFor(2035) };
  return {
    code: input.code,
    name: input.name,
    sharePercent: share,
    minimumPercent,
    staffQuota: input.staffQuota,
    current: input.dttsCadres,
    targets,
    gaps: {
      2030: shortfall(targets[2030].minimum, input.dttsCadres),
      2035: shortfall(targets[2035].minimum, input.dttsCadres),
    },
    warnings,
  };
}

/**
 * The notes beside each of a commune's figures. They depend on the rule set and the
 * commune's band alone: the band's (a borrowed band, the 70% boundary), the roadmap's (a
 * borrowed roadmap), and the leader and women rules' bases. Women carry the notes of the
 * minimums they are a share of.
 */
function notesByTarget(band: ReturnType<typeof bandOf>, rules: QuotaRuleSet): Record<Targets, string[]> {
  const roadmapNote = rules.roadmap.note;
  return {
    minimum: notes(band.note, roadmapNote),
    leaders: notes(rules.leaders.note, roadmapNote),
    women: notes(rules.women.note, band.note, roadmapNote),
    womenLeaders: notes(rules.women.note, rules.leaders.note, roadmapNote),
    trained: [],
  };
}

/** Every note beside a commune's figures, each once (the result file's ghi_chu), without building the explanations. */
export function communeNotes(quota: CommuneQuota, rules: QuotaRuleSet): string[] {
  return [...new Set(Object.values(notesByTarget(bandOf(quota.sharePercent, rules), rules)).flat())];
}

/**
 * The rule, arithmetic, clauses and notes behind each of a commune's figures, for the "why"
 * panels and the result file. Each figure cites its own clause and the roadmap sentence of
 * its khoản (2 for the minimum, 3 for leaders and women) in both years: the roadmap sets
 * 80% by 2030 and 100% by 2035. Women take the year's minimums as their base, so they also
 * cite the clauses of that base.
 */
export function explainCommuneQuota(quota: CommuneQuota, rules: QuotaRuleSet): Record<Year, ExplainedYear> {
  const band = bandOf(quota.sharePercent, rules);
  const notesOf = notesByTarget(band, rules);
  const { ratioClause, structureClause } = rules.roadmap;
  const minimumClauses = [band.clause, ratioClause];
  const leaderClauses = [rules.leaders.clause, structureClause];
  const explainYear = (year: Year): ExplainedYear => {
    const t = quota.targets[year];
    const r = roadmapShare(rules, year);
    const trainedPercent = trainedShare(rules, year);
    const roadmapText = r === 100 ? '' : ` × ${r}%`;
    const roadmapRule = r === 100 ? `, đạt đủ mức đó đến năm ${year}` : `, đến năm ${year} đạt ${r}% mức đó`;
    return {
      minimum: {
        value: t.minimum,
        why: {
          rule: quota.minimumPercent
            ? `Tối thiểu ${quota.minimumPercent}% biên chế được giao là người dân tộc thiểu số${roadmapRule}.`
            : 'Xã có dưới 5% dân số là người dân tộc thiểu số: văn bản không đặt tỷ lệ tối thiểu.',
          arithmetic: `⌈${fmt(quota.staffQuota)} × ${quota.minimumPercent}%${roadmapText}⌉ = ${fmt(t.minimum)}`,
          clauses: minimumClauses,
          notes: notesOf.minimum,
        },
      },
      leaders: {
        value: t.leaders,
        why: {
          rule: `Tối thiểu ${rules.leaders.percent}% cán bộ người dân tộc thiểu số của xã giữ chức danh lãnh đạo, quản lý${roadmapRule}.`,
          arithmetic: `⌈${fmt(quota.current)} × ${rules.leaders.percent}%${roadmapText}⌉ = ${fmt(t.leaders)}`,
          clauses: leaderClauses,
          notes: notesOf.leaders,
        },
      },
      women: {
        value: t.women,
        why: {
          rule: `Cán bộ nữ người dân tộc thiểu số tối thiểu ${rules.women.percent}% số tối thiểu cán bộ người dân tộc thiểu số năm ${year}.`,
          arithmetic: `⌈${fmt(t.minimum)} × ${rules.women.percent}%⌉ = ${fmt(t.women)}`,
          clauses: [rules.women.clause, structureClause, ...minimumClauses],
          notes: notesOf.women,
        },
      },
      womenLeaders: {
        value: t.womenLeaders,
        why: {
          rule: `Nữ lãnh đạo, quản lý người dân tộc thiểu số tối thiểu ${rules.women.percent}% số lãnh đạo, quản lý tối thiểu năm ${year}.`,
          arithmetic: `⌈${fmt(t.leaders)} × ${rules.women.percent}%⌉ = ${fmt(t.womenLeaders)}`,
          clauses: distinctClauses([rules.women.clause, structureClause, ...leaderClauses]),
          notes: notesOf.womenLeaders,
        },
      },
      trained: {
        value: t.trained,
        why: {
          rule: `${trainedPercent}% cán bộ người dân tộc thiểu số được đào tạo, bồi dưỡng đến năm ${year}.`,
          arithmetic: `⌈${fmt(quota.current)} × ${trainedPercent}%⌉ = ${fmt(t.trained)}`,
          clauses: [rules.training.clause],
          notes: notesOf.trained,
        },
      },
    };
  };
  return { 2030: explainYear(2030), 2035: explainYear(2035) };
}
