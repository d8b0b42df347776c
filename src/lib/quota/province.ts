/**
 * Province-level DTTS targets of Kế hoạch số 128/KH-UBND tỉnh Thái Nguyên (QĐ 470), rules.md
 * II.2.a, II.2.c, II.3.b, II.3.c and II.4: the province's staff quota, its DTTS leaders, women
 * and training, and the two bodies in charge of ethnic affairs. Same exact arithmetic, 80%
 * roadmap and clauses per figure as the commune engine.
 */
import { formatCount } from '../csv/numbers';
import { type ClauseRef, type Explanation, distinctClauses, notes } from '../rules/clause';
import { type Figure, type Year, minimumOf, shortfall } from './engine';
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
  ethnicAffairsLeadership: { clause: ClauseRef; minimum: number; womenNote: string };
  /** II.3.c and II.4 apply at every level, as for communes. */
  women: QuotaRuleSet['women'];
  training: QuotaRuleSet['training'];
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
    minimum: 1,
    womenNote:
      'Điểm b khoản 3 Mục II đặt cho cơ quan tối thiểu 01 vị trí lãnh đạo, quản lý (hoặc được quy hoạch) là người dân tộc thiểu số; ' +
      '20% của 01 làm tròn lên là 01 người.',
  },
  women: QD470_THAI_NGUYEN.women,
  training: QD470_THAI_NGUYEN.training,
};

/** Every clause the province rules cite, for the test that they exist on the plan page. */
export const PROVINCE_CLAUSES: readonly ClauseRef[] = [
  PROVINCE_RULES.roadmap.ratioClause,
  PROVINCE_RULES.roadmap.structureClause,
  PROVINCE_RULES.minimum.clause,
  PROVINCE_RULES.leaders.clause,
  PROVINCE_RULES.ethnicAffairsBodies.clause,
  PROVINCE_RULES.ethnicAffairsLeadership.clause,
  PROVINCE_RULES.women.clause,
  PROVINCE_RULES.training.clause,
];

const byYear = <T>(make: (year: Year) => T): Record<Year, T> => ({ 2030: make(2030), 2035: make(2035) });

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

/** "Tối thiểu X% của N" with no roadmap of its own: women (of the year's minimum) and training. */
function shareFigure(percent: number, base: number, rule: string, clauses: ClauseRef[], figureNotes: string[]): Figure {
  const value = minimumOf(percent, 100, base);
  return { value, why: { rule, arithmetic: `⌈${formatCount(base)} × ${percent}%⌉ = ${formatCount(value)}`, clauses, notes: figureNotes } };
}

/** Women of the year's minimum and trained of today's DTTS people (điểm c khoản 3, khoản 4), with their clauses. */
function womenAndTraining(year: Year, minimum: Figure, leaderMinimum: { value: number; clauses: ClauseRef[]; note?: string }, dttsNow: number) {
  const { women, training, roadmap } = PROVINCE_RULES;
  const trainedPercent = year === 2030 ? training.percent2030 : training.percent2035;
  return {
    women: shareFigure(
      women.percent,
      minimum.value,
      `Nữ người dân tộc thiểu số tối thiểu ${women.percent}% số người dân tộc thiểu số tối thiểu năm ${year}.`,
      distinctClauses([women.clause, roadmap.structureClause, ...minimum.why.clauses]),
      notes(women.note),
    ),
    womenLeaders: shareFigure(
      women.percent,
      leaderMinimum.value,
      `Nữ lãnh đạo, quản lý người dân tộc thiểu số tối thiểu ${women.percent}% số lãnh đạo, quản lý tối thiểu năm ${year}.`,
      distinctClauses([women.clause, roadmap.structureClause, ...leaderMinimum.clauses]),
      notes(women.note, leaderMinimum.note),
    ),
    trained: shareFigure(
      trainedPercent,
      dttsNow,
      `${trainedPercent}% người dân tộc thiểu số hiện có được đào tạo, bồi dưỡng đến năm ${year}.`,
      [training.clause],
      [],
    ),
  };
}

/** The targets of the province; an ethnic-affairs body has all but leaders (its leadership rule is a yes/no). */
export type TargetKey = 'minimum' | 'leaders' | 'women' | 'womenLeaders' | 'trained';

/** Today's counts, null where not entered, and max(0, target − current) for each, year by year. */
function againstCurrent<K extends string>(targets: Record<Year, Record<K, Figure>>, current: Record<K, number | undefined>) {
  const now = Object.fromEntries(Object.entries(current).map(([key, value]) => [key, value ?? null])) as Record<K, number | null>;
  const gaps = byYear(
    (year) => Object.fromEntries((Object.keys(now) as K[]).map((key) => [key, shortfall(targets[year][key].value, now[key])])) as Record<K, number | null>,
  );
  return { current: now, gaps };
}

export interface ProvinceQuotaInput {
  /** Biên chế được giao of the province. */
  staffQuota: number;
  /** Current DTTS cadres of the province. */
  dttsCadres: number;
  /** Current DTTS leaders/managers, women, women leaders and trained, when known. */
  dttsLeaders?: number;
  dttsWomen?: number;
  dttsWomenLeaders?: number;
  dttsTrained?: number;
}

/** Targets of each year, today's counts (null where not entered) and the gaps (null where the count is not known). */
export interface LevelQuota<K extends string> {
  targets: Record<Year, Record<K, Figure>>;
  current: Record<K, number | null>;
  gaps: Record<Year, Record<K, number | null>>;
  warnings: string[];
}

export type ProvinceQuota = LevelQuota<TargetKey>;

export function provinceQuota(input: ProvinceQuotaInput): ProvinceQuota {
  const { minimum, leaders, roadmap } = PROVINCE_RULES;
  const targets = byYear((year) => {
    const minimumFigure = roadmapFigure(
      year,
      minimum.percent,
      input.staffQuota,
      `Tối thiểu ${minimum.percent}% tổng số biên chế được giao của cấp tỉnh là người dân tộc thiểu số`,
      [minimum.clause, roadmap.ratioClause],
    );
    const leaderFigure = roadmapFigure(
      year,
      leaders.percent,
      input.dttsCadres,
      `Tối thiểu ${leaders.percent}% cán bộ người dân tộc thiểu số của tỉnh giữ chức danh lãnh đạo, quản lý`,
      [leaders.clause, roadmap.structureClause],
      leaders.note,
    );
    const leaderMinimum = { value: leaderFigure.value, clauses: leaderFigure.why.clauses, note: leaders.note };
    return { minimum: minimumFigure, leaders: leaderFigure, ...womenAndTraining(year, minimumFigure, leaderMinimum, input.dttsCadres) };
  });
  const warnings: string[] = [];
  if (input.dttsCadres > input.staffQuota) warnings.push('số cán bộ người dân tộc thiểu số hiện có lớn hơn biên chế được giao');
  const current = {
    minimum: input.dttsCadres,
    leaders: input.dttsLeaders,
    women: input.dttsWomen,
    womenLeaders: input.dttsWomenLeaders,
    trained: input.dttsTrained,
  };
  return { targets, ...againstCurrent(targets, current), warnings };
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
  /** DTTS women today, DTTS women holding or planned for a leadership post, DTTS people trained; when known. */
  dttsWomen?: number;
  dttsWomenLeaders?: number;
  dttsTrained?: number;
}

export type BodyTargetKey = Exclude<TargetKey, 'leaders'>;

export interface EthnicAffairsBodyQuota extends LevelQuota<BodyTargetKey> {
  /** The body's name, as the plan writes it. */
  name: string;
  leadership: { met: boolean; why: Explanation };
}

export function ethnicAffairsBodyQuota(input: EthnicAffairsBodyInput): EthnicAffairsBodyQuota {
  const body = BODIES[input.kind];
  const { ethnicAffairsBodies: ratio, ethnicAffairsLeadership: leadership, roadmap } = PROVINCE_RULES;
  const targets = byYear((year) => {
    const minimum = roadmapFigure(year, ratio.percent, input.base, `Tối thiểu ${ratio.percent}% ${body.base} là người dân tộc thiểu số`, [
      ratio.clause,
      roadmap.ratioClause,
    ]);
    const leaderMinimum = { value: leadership.minimum, clauses: [leadership.clause], note: leadership.womenNote };
    return { minimum, ...womenAndTraining(year, minimum, leaderMinimum, input.dttsCount) };
  });
  const warnings: string[] = [];
  if (input.dttsCount > input.base) warnings.push(`số người dân tộc thiểu số hiện có lớn hơn ${body.base}`);
  const current = { minimum: input.dttsCount, women: input.dttsWomen, womenLeaders: input.dttsWomenLeaders, trained: input.dttsTrained };
  return {
    name: body.name,
    targets,
    ...againstCurrent(targets, current),
    leadership: {
      met: input.hasDttsLeaderOrPipeline,
      why: {
        rule:
          `${body.name} phải có ít nhất 01 vị trí giữ chức danh cấp trưởng hoặc cấp phó, hoặc 01 vị trí được quy hoạch ` +
          'hoặc giữ các chức danh lãnh đạo, quản lý là người dân tộc thiểu số.',
        arithmetic: input.hasDttsLeaderOrPipeline ? 'Đã có: đạt.' : 'Chưa có: chưa đạt.',
        clauses: [leadership.clause],
        notes: [],
      },
    },
    warnings,
  };
}
