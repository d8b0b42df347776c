/**
 * The DTTS quota rules as data: every number with the clause it comes from
 * (docs/rules.md). A test checks that each cited clause exists on the
 * built plan page and contains the rule's numbers.
 */
import { type ClauseRef, clauseRef as ref } from '../rules/clause';

/** Minimum DTTS share of the assigned staff quota for a band of DTTS population share (percent). */
export interface ShareBand {
  /** Lower bound in percent of population; inclusive unless `fromExclusive`. */
  from: number;
  fromExclusive?: boolean;
  /** Upper bound in percent, exclusive; null for no upper bound. */
  to: number | null;
  minimumPercent: number;
  clause: ClauseRef;
  /** Shown beside the figure when the rule set borrows this band from another plan. */
  note?: string;
}

export interface QuotaRuleSet {
  id: 'qd470-thai-nguyen' | 'an-hung';
  name: string;
  /**
   * Share of each ratio to reach by 2030; 100 % by 2035. Khoản 2 (ratios) and khoản 3
   * (structure: leaders, women) each open with this roadmap sentence; every figure of
   * theirs cites its sentence beside its own clause.
   */
  roadmap: { percent2030: number; percent2035: number; ratioClause: ClauseRef; structureClause: ClauseRef; note?: string };
  bands: ShareBand[];
  /** 3.a: DTTS cadres should mirror the mix of ethnic groups (information, not a count); the note says how far the clause fits one commune. */
  ethnicStructure: { clause: ClauseRef; note?: string };
  /** The share that falls between "dưới 70%" and "trên 70%". */
  exactly70: { minimumPercent: number; clause: ClauseRef; note: string };
  leaders: { percent: number; clause: ClauseRef; note: string };
  /** 3.c; the note quotes the plan's own words for the base (clause.quotes). */
  women: { percent: number; clause: ClauseRef; note: string };
  publicServiceUnits: { thresholdPercent: number; clause: ClauseRef; flagBelowPercent?: number; note?: string };
  training: { percent2030: number; percent2035: number; clause: ClauseRef };
}

const TN = 'thai-nguyen-128-kh-ubnd-2026';
const AH = 'an-hung-dtts-2026';

const TN_BANDS: ShareBand[] = [
  { from: 5, to: 10, minimumPercent: 5, clause: ref(TN, 'ii-2-b-1', 'gạch đầu dòng thứ 1 điểm b khoản 2 Mục II', ['5%', '10%']) },
  { from: 10, to: 30, minimumPercent: 10, clause: ref(TN, 'ii-2-b-2', 'gạch đầu dòng thứ 2 điểm b khoản 2 Mục II', ['10%', '30%']) },
  { from: 30, to: 50, minimumPercent: 15, clause: ref(TN, 'ii-2-b-3', 'gạch đầu dòng thứ 3 điểm b khoản 2 Mục II', ['15%', '30%', '50%']) },
  { from: 50, to: 70, minimumPercent: 25, clause: ref(TN, 'ii-2-b-4', 'gạch đầu dòng thứ 4 điểm b khoản 2 Mục II', ['25%', '50%', '70%']) },
  { from: 70, fromExclusive: true, to: null, minimumPercent: 35, clause: ref(TN, 'ii-2-b-5', 'gạch đầu dòng thứ 5 điểm b khoản 2 Mục II', ['35%', '70%']) },
];

const EXACTLY_70_NOTE = 'Văn bản không quy định mức cho tỷ lệ đúng 70%: mức 25% áp dụng cho “dưới 70%”, mức 35% cho “trên 70%”. Công cụ áp dụng mức 35%.';
const LEADERS_BASE_NOTE = 'Cơ sở tính là số cán bộ người dân tộc thiểu số hiện có của xã (“trên tổng số cán bộ người dân tộc thiểu số của xã”).';
/** The women rule takes the year's minimum counts as its base (rules.md 3.c), in the words of the plan whose base it quotes. */
const womenNote = (base: string) =>
  `Tính trên số tối thiểu của năm đó (“${base}”), nên không nhân lộ trình 80% hai lần; kiểm tra riêng nữ và nữ lãnh đạo, quản lý.`;
const TN_WOMEN_BASE = 'khoản 2 và điểm b khoản 3 Mục II';
const AH_WOMEN_BASE = 'Mục 2 và điểm b Mục 3';
/** The roadmap sentence opening khoản 2 and khoản 3 Mục II of KH 128. */
const roadmapSentence = (khoan: 2 | 3) => ref(TN, `ii-${khoan}`, `khoản ${khoan} Mục II`, ['2030', '80%', '2035', '100%'], { opening: true });

export const QD470_THAI_NGUYEN: QuotaRuleSet = {
  id: 'qd470-thai-nguyen',
  name: 'QĐ 470/QĐ-TTg — Kế hoạch số 128/KH-UBND của UBND tỉnh Thái Nguyên',
  roadmap: { percent2030: 80, percent2035: 100, ratioClause: roadmapSentence(2), structureClause: roadmapSentence(3) },
  bands: TN_BANDS,
  ethnicStructure: {
    clause: ref(TN, 'ii-3-a', 'điểm a khoản 3 Mục II', [], { quotes: ['tổng dân số của tỉnh'] }),
    note:
      'Điểm a khoản 3 Mục II Kế hoạch số 128/KH-UBND nói về cơ cấu cán bộ người dân tộc thiểu số tương ứng với tỷ lệ người dân tộc thiểu số “trong tổng dân số của tỉnh”, ' +
      'không nói về từng xã; công cụ chia theo dân số của từng xã chỉ để tham khảo.',
  },
  exactly70: { minimumPercent: 35, clause: TN_BANDS[4]!.clause, note: EXACTLY_70_NOTE },
  leaders: { percent: 20, clause: ref(TN, 'ii-3-b-2-2', 'ý thứ 2 gạch đầu dòng thứ 2 điểm b khoản 3 Mục II', ['20%']), note: LEADERS_BASE_NOTE },
  women: { percent: 20, clause: ref(TN, 'ii-3-c', 'điểm c khoản 3 Mục II', ['20%'], { quotes: [TN_WOMEN_BASE] }), note: womenNote(TN_WOMEN_BASE) },
  publicServiceUnits: { thresholdPercent: 30, clause: ref(TN, 'ii-3-b-2-3', 'ý thứ 3 gạch đầu dòng thứ 2 điểm b khoản 3 Mục II', ['30%']) },
  training: { percent2030: 80, percent2035: 100, clause: ref(TN, 'ii-4', 'khoản 4 Mục II', ['80%', '100%']) },
};

const BORROWED_BAND_NOTE = 'Kế hoạch xã An Hưng chỉ nêu mức cho xã có từ 5% đến dưới 10% dân số là người dân tộc thiểu số; các mức khác lấy theo Quyết định số 470/QĐ-TTg (như Kế hoạch số 128/KH-UBND).';

export const AN_HUNG: QuotaRuleSet = {
  id: 'an-hung',
  name: 'Kế hoạch của UBND xã An Hưng (triển khai QĐ 470/QĐ-TTg)',
  roadmap: {
    ...QD470_THAI_NGUYEN.roadmap,
    note:
      'Kế hoạch xã An Hưng không có câu về lộ trình (đạt 80% đến năm 2030, 100% đến năm 2035) cho tỷ lệ và cơ cấu cán bộ người dân tộc thiểu số; ' +
      'công cụ áp dụng lộ trình của Quyết định số 470/QĐ-TTg như khoản 2 và khoản 3 Mục II Kế hoạch số 128/KH-UBND.',
  },
  bands: [
    { ...TN_BANDS[0]!, clause: ref(AH, 'ii-2-1', 'gạch đầu dòng thứ 1 khoản 2 Mục II', ['5%', '10%']) },
    ...TN_BANDS.slice(1).map((band) => ({ ...band, note: BORROWED_BAND_NOTE })),
  ],
  ethnicStructure: { clause: ref(AH, 'ii-3-1', 'gạch đầu dòng thứ 1 khoản 3 Mục II', [], { quotes: ['tổng dân số của xã'] }) },
  exactly70: { minimumPercent: 35, clause: TN_BANDS[4]!.clause, note: `${EXACTLY_70_NOTE} ${BORROWED_BAND_NOTE}` },
  leaders: { percent: 5, clause: ref(AH, 'ii-3-3', 'gạch đầu dòng thứ 3 khoản 3 Mục II', ['5%']), note: LEADERS_BASE_NOTE },
  women: {
    percent: 10,
    clause: ref(AH, 'ii-3-5', 'gạch đầu dòng thứ 5 khoản 3 Mục II', ['10%'], { quotes: [AH_WOMEN_BASE] }),
    note: `${womenNote(AH_WOMEN_BASE)} Kế hoạch không có “Mục 2”, “Mục 3” và khoản 3 không chia điểm; công cụ hiểu là tỷ lệ của khoản 2 Mục II và tỷ lệ lãnh đạo, quản lý của khoản 3 Mục II.`,
  },
  publicServiceUnits: {
    thresholdPercent: 10,
    flagBelowPercent: 15,
    clause: ref(AH, 'ii-3-4', 'gạch đầu dòng thứ 4 khoản 3 Mục II', ['10', '15%']),
    note: 'Văn bản ghi “từ 10 -15%”; công cụ lấy ngưỡng 10% để không bỏ sót đơn vị nào và đánh dấu các đơn vị từ 10% đến dưới 15%.',
  },
  training: { percent2030: 80, percent2035: 100, clause: ref(AH, 'ii-4', 'khoản 4 Mục II', ['80%', '100%']) },
};

export const QUOTA_RULE_SETS: QuotaRuleSet[] = [QD470_THAI_NGUYEN, AN_HUNG];

/** The rule set a link names; an unknown or absent id gives the first. */
export function ruleSetById(id: string | null): QuotaRuleSet {
  return QUOTA_RULE_SETS.find((r) => r.id === id) ?? QUOTA_RULE_SETS[0]!;
}
