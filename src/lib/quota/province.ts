/**
 * Province-level DTTS targets of Kế hoạch số 128/KH-UBND tỉnh Thái Nguyên (QĐ 470), rules.md
 * II.2.a, II.2.c and II.3.b: the province's staff quota, its DTTS leaders, and the two bodies
 * in charge of ethnic affairs. Same exact arithmetic, 80% roadmap and clauses per figure as
 * the commune engine.
 */
import { formatCount } from '../csv/numbers';
import { type ClauseRef, type Explanation, notes } from '../rules/clause';
import { type Figure, type Year, minimumOf } from './engine';
import { QD470_THAI_NGUYEN, type QuotaRuleSet } from './rules';

export interface ProvinceRuleSet {
  id: QuotaRuleSet['id'];
  name: string;
  roadmap: QuotaRuleSet['roadmap'];
  /** Minimum DTTS share of the province's assigned staff quota (II.2.a). */
  minimum: { percent: number; clause: ClauseRef };
  /** Minimum DTTS leaders, as a share of the province's current DTTS cadres (II.3.b). */
  leaders: { percent: number; clause: ClauseRef; note: string };
  /** Minimum DTTS share of Ban Dân tộc HĐND tỉnh members and of Sở Dân tộc và Tôn giáo staff (II.2.c). */
  ethnicAffairsBodies: { percent: number; clause: ClauseRef };
  /** At least one DTTS head/deputy, or one DTTS person in the leadership pipeline, in each of them (II.3.b). */
  ethnicAffairsLeadership: { clause: ClauseRef };
}

const plan = QD470_THAI_NGUYEN.bands[0]!.clause.plan;

export const PROVINCE_RULES: ProvinceRuleSet = {
  id: QD470_THAI_NGUYEN.id,
  name: QD470_THAI_NGUYEN.name,
  roadmap: QD470_THAI_NGUYEN.roadmap,
  minimum: { percent: 10, clause: { plan, anchor: 'ii-2-a', label: 'điểm a khoản 2 Mục II', numbers: ['10%'] } },
  leaders: {
    percent: 10,
    clause: { plan, anchor: 'ii-3-b-2-1', label: 'ý thứ 1 gạch đầu dòng thứ 2 điểm b khoản 3 Mục II', numbers: ['10%'] },
    note: 'Cơ sở tính là số cán bộ người dân tộc thiểu số hiện có của tỉnh (“trên tổng số cán bộ người dân tộc thiểu số của tỉnh”).',
  },
  ethnicAffairsBodies: {
    percent: 30,
    clause: { plan, anchor: 'ii-2-c-1', label: 'gạch đầu dòng thứ 1 điểm c khoản 2 Mục II', numbers: ['30%'] },
  },
  ethnicAffairsLeadership: {
    clause: { plan, anchor: 'ii-3-b-1', label: 'gạch đầu dòng thứ 1 điểm b khoản 3 Mục II', numbers: ['01'] },
  },
};

/** Every clause the province rules cite, for the test that they exist on the plan page. */
export const PROVINCE_CLAUSES: readonly ClauseRef[] = [
  PROVINCE_RULES.roadmap.ratioClause,
  PROVINCE_RULES.roadmap.structureClause,
  PROVINCE_RULES.minimum.clause,
  PROVINCE_RULES.leaders.clause,
  PROVINCE_RULES.ethnicAffairsBodies.clause,
  PROVINCE_RULES.ethnicAffairsLeadership.clause,
];

/** "Tối thiểu X% của N" for the year under the roadmap, citing the ratio's clause and the roadmap sentence of its khoản. */
function roadmapFigure(year: Year, percent: number, base: number, rule: string, clauses: [ClauseRef, ClauseRef], note?: string): Figure {
  const roadmap = year === 2030 ? PROVINCE_RULES.roadmap.percent2030 : PROVINCE_RULES.roadmap.percent2035;
  const value = minimumOf(percent, roadmap, base);
  const partial = roadmap !== 100;
  return {
    value,
    why: {
      rule: `${rule}, ${partial ? `đến năm ${year} đạt ${roadmap}% mức đó` : `đạt đủ mức đó đến năm ${year}`}.`,
      arithmetic: `⌈${formatCount(base)} × ${percent}%${partial ? ` × ${roadmap}%` : ''}⌉ = ${formatCount(value)}`,
      clauses,
      notes: notes(note),
    },
  };
}

const byYear = <T>(make: (year: Year) => T): Record<Year, T> => ({ 2030: make(2030), 2035: make(2035) });

export interface ProvinceQuotaInput {
  /** Biên chế được giao of the province. */
  staffQuota: number;
  /** Current DTTS cadres of the province. */
  dttsCadres: number;
  /** Current DTTS leaders/managers, when known. */
  dttsLeaders?: number;
}

export interface ProvinceQuota {
  targets: Record<Year, { minimum: Figure; leaders: Figure }>;
  /** max(0, target − current); leaders null when their current count is not given. */
  gaps: Record<Year, { minimum: number; leaders: number | null }>;
  warnings: string[];
}

export function provinceQuota({ staffQuota, dttsCadres, dttsLeaders }: ProvinceQuotaInput): ProvinceQuota {
  const { minimum, leaders, roadmap } = PROVINCE_RULES;
  const targets = byYear((year) => ({
    minimum: roadmapFigure(
      year,
      minimum.percent,
      staffQuota,
      `Tối thiểu ${minimum.percent}% tổng số biên chế được giao của cấp tỉnh là người dân tộc thiểu số`,
      [minimum.clause, roadmap.ratioClause],
    ),
    leaders: roadmapFigure(
      year,
      leaders.percent,
      dttsCadres,
      `Tối thiểu ${leaders.percent}% cán bộ người dân tộc thiểu số của tỉnh giữ chức danh lãnh đạo, quản lý`,
      [leaders.clause, roadmap.structureClause],
      leaders.note,
    ),
  }));
  const warnings: string[] = [];
  if (dttsCadres > staffQuota) warnings.push('số cán bộ người dân tộc thiểu số hiện có lớn hơn biên chế được giao');
  if (dttsLeaders !== undefined && dttsLeaders > dttsCadres) {
    warnings.push('số lãnh đạo, quản lý người dân tộc thiểu số lớn hơn số cán bộ người dân tộc thiểu số hiện có');
  }
  return {
    targets,
    gaps: byYear((year) => ({
      minimum: Math.max(0, targets[year].minimum.value - dttsCadres),
      leaders: dttsLeaders === undefined ? null : Math.max(0, targets[year].leaders.value - dttsLeaders),
    })),
    warnings,
  };
}

export type EthnicAffairsBodyKind = 'ban-dan-toc' | 'so-dan-toc-ton-giao';

/** Each body's name and the base of its ratio, as the plan words them. */
const BODIES: Record<EthnicAffairsBodyKind, { name: string; base: string }> = {
  'ban-dan-toc': { name: 'Ban Dân tộc của Hội đồng nhân dân tỉnh', base: 'tổng số thành viên Ban Dân tộc của Hội đồng nhân dân tỉnh' },
  'so-dan-toc-ton-giao': { name: 'Sở Dân tộc và Tôn giáo', base: 'tổng biên chế được giao của Sở Dân tộc và Tôn giáo' },
};

export interface EthnicAffairsBodyInput {
  kind: EthnicAffairsBodyKind;
  /** Members of Ban Dân tộc, or the assigned staff quota of Sở Dân tộc và Tôn giáo. */
  base: number;
  /** DTTS members or staff today. */
  dttsCount: number;
  /** A DTTS head or deputy, or a DTTS person in the leadership pipeline (quy hoạch). */
  hasDttsLeaderOrPipeline: boolean;
}

export interface EthnicAffairsBodyQuota {
  /** The body's name, as the plan writes it. */
  name: string;
  minimum: Record<Year, Figure>;
  /** max(0, minimum − dttsCount). */
  gaps: Record<Year, number>;
  leadership: { met: boolean; why: Explanation };
  warnings: string[];
}

export function ethnicAffairsBodyQuota({ kind, base, dttsCount, hasDttsLeaderOrPipeline }: EthnicAffairsBodyInput): EthnicAffairsBodyQuota {
  const body = BODIES[kind];
  const { ethnicAffairsBodies: ratio, ethnicAffairsLeadership: leadership, roadmap } = PROVINCE_RULES;
  const minimum = byYear((year) =>
    roadmapFigure(year, ratio.percent, base, `Tối thiểu ${ratio.percent}% ${body.base} là người dân tộc thiểu số`, [ratio.clause, roadmap.ratioClause]),
  );
  const warnings: string[] = [];
  if (dttsCount > base) warnings.push(`số người dân tộc thiểu số hiện có lớn hơn ${body.base}`);
  return {
    name: body.name,
    minimum,
    gaps: byYear((year) => Math.max(0, minimum[year].value - dttsCount)),
    leadership: {
      met: hasDttsLeaderOrPipeline,
      why: {
        rule:
          `${body.name} phải có ít nhất 01 vị trí giữ chức danh cấp trưởng hoặc cấp phó, hoặc 01 vị trí được quy hoạch ` +
          'hoặc giữ các chức danh lãnh đạo, quản lý là người dân tộc thiểu số.',
        arithmetic: hasDttsLeaderOrPipeline ? 'Đã có: đạt.' : 'Chưa có: chưa đạt.',
        clauses: [leadership.clause],
        notes: [],
      },
    },
    warnings,
  };
}
