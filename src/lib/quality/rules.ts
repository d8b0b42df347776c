/**
 * The commune cadre quality and training rules as data (docs/rules.md): every
 * number with the clause it comes from. test/site/quality-rules.test.ts checks each cited
 * clause exists on the built plan page and contains the rule's numbers.
 */
import type { CalendarDate } from '../core/dates';
import { formatDate } from '../core/vi-format';
import { provinceLabel } from '../plan-format';
import { type ClauseRef, clauseRef as ref } from '../rules/clause';

export type PhaseId = '2026-2028' | '2029-2030';

export interface Phase {
  id: PhaseId;
  label: string;
  /** The year the phase ends, used in result column names (…_can_2028). */
  endYear: 2028 | 2030;
}

export const PHASES: readonly Phase[] = [
  { id: '2026-2028', label: 'Giai đoạn 2026–2028', endYear: 2028 },
  { id: '2029-2030', label: 'Giai đoạn 2029–2030', endYear: 2030 },
];

/** "Trên X%" (strictly more than) or "X%" (at least; 100% means all). */
export interface Threshold {
  kind: 'moreThan' | 'atLeast';
  percent: number;
  clause: ClauseRef;
  note?: string;
}

/** What the count of one part is kept under: chat-luong.csv's column stem and the form's field. */
export type PartId =
  | 'lanh_dao_dat_chuan'
  | 'thanh_thao_so'
  | 'chuan_hoa_chuyen_mon'
  | 'nang_luc_thuc_thi'
  | 'ho_so_so_hoa'
  | 'boi_duong_chuyen_sau'
  | 'boi_duong_chuc_danh';

/**
 * One of the things an indicator's sentence joins with ";": the same share of the same base
 * must meet each, so the official enters a count for each and the commune meets the
 * indicator only when every part does.
 */
export interface IndicatorPart {
  id: PartId;
  /** The plan's words, in full (as the 2026–2028 sentence writes them). */
  name: string;
}

/** An indicator counted over a base of people or records of the commune. */
export interface CountIndicator {
  /** Column prefix in ket-qua-chat-luong.csv. */
  id: 'lanh_dao_dat_chuan' | 'thanh_thao_so' | 'ho_so_so_hoa' | 'boi_duong_chuyen_sau';
  /** Whom it counts and every part, in the plan's words: the indicator named in full. */
  name: string;
  /** For narrow table headers. */
  shortName: string;
  /** Who counts towards it, and the base it is a share of. */
  counted: string;
  base: 'leaders' | 'staff' | 'records';
  /** The first part's id is the indicator's own. */
  parts: IndicatorPart[];
  phases: Record<PhaseId, Threshold>;
}

/** An indicator whose name is whom it counts followed by its parts, as the plan writes the sentence. */
const indicator = (spec: Omit<CountIndicator, 'name'>): CountIndicator => ({
  ...spec,
  name: `${spec.counted.charAt(0).toUpperCase()}${spec.counted.slice(1)} ${spec.parts.map((p) => p.name).join('; ')}`,
});

export interface StaffingHorizon {
  /** The end of this year. */
  year: number;
  /** Who the clause gives the work to. */
  body: string;
  text: string;
  clause: ClauseRef;
}

export interface QualityRuleSet {
  id: 'dong-thap-nq14';
  name: string;
  indicators: CountIndicator[];
  /** 100% of communes do digital transformation in cadre management: a yes/no per commune. */
  digitalTransformation: Record<PhaseId, { clause: ClauseRef }>;
  /** Share of citizens and businesses satisfied, from the annual survey. */
  satisfaction: Record<PhaseId, Threshold>;
  /** Targets no file column measures: shown as information with their clauses. */
  otherTargets: { text: string; clause: ClauseRef }[];
  /**
   * Full staffing by professional field, set twice: by the end of 2026 in the Sở Nội vụ's
   * task, and as a roadmap to the end of 2030 in the communes' own. Both are shown, each with
   * its clause, and neither replaces the other.
   */
  staffing: { text: string; horizons: StaffingHorizon[]; note: string };
}

const DT = 'dong-thap-nq-14-nq-tu-2026';
const point = (phase: 'a' | 'b', item: number, numbers: string[]) =>
  ref(DT, `ii-2-${phase}-${item}`, `gạch đầu dòng thứ ${item} điểm ${phase} khoản 2 Mục II`, numbers);

const MANAGERS_NOTE =
  'Chỉ tiêu giai đoạn 2029–2030 ghi “cán bộ, công chức, viên chức quản lý cấp xã” (không có chữ “lãnh đạo” như giai đoạn 2026–2028); công cụ tính trên cùng cơ sở là số lãnh đạo, quản lý cấp xã.';

const TITLE_TRAINING_NOTE =
  'Giai đoạn 2029–2030 ghi “được bồi dưỡng theo chức danh; cập nhật kiến thức, kỹ năng quản lý, quản trị hiện đại” (dấu chấm phẩy, giai đoạn 2026–2028 là dấu phẩy); công cụ tính đó là một phần như ở giai đoạn 2026–2028.';

export const DONG_THAP_NQ14: QualityRuleSet = {
  id: 'dong-thap-nq14',
  name: 'Kế hoạch của UBND tỉnh Đồng Tháp thực hiện Nghị quyết số 14-NQ/TU',
  indicators: [
    indicator({
      id: 'lanh_dao_dat_chuan',
      shortName: 'Lãnh đạo đạt chuẩn',
      counted: 'cán bộ, công chức, viên chức lãnh đạo, quản lý cấp xã',
      base: 'leaders',
      parts: [{ id: 'lanh_dao_dat_chuan', name: 'đạt chuẩn theo khung năng lực vị trí việc làm' }],
      phases: {
        '2026-2028': { kind: 'moreThan', percent: 90, clause: point('a', 1, ['90%']) },
        '2029-2030': { kind: 'atLeast', percent: 100, clause: point('b', 1, ['100%']), note: MANAGERS_NOTE },
      },
    }),
    indicator({
      id: 'thanh_thao_so',
      shortName: 'Thành thạo số, chuẩn hoá chuyên môn, năng lực thực thi',
      counted: 'cán bộ, công chức, viên chức cấp xã',
      base: 'staff',
      parts: [
        { id: 'thanh_thao_so', name: 'sử dụng thành thạo hệ thống quản lý văn bản điện tử và dịch vụ công trực tuyến' },
        { id: 'chuan_hoa_chuyen_mon', name: 'chuẩn hoá về chuyên môn' },
        { id: 'nang_luc_thuc_thi', name: 'năng lực thực thi công vụ đáp ứng theo yêu cầu nhiệm vụ mới' },
      ],
      phases: {
        '2026-2028': { kind: 'moreThan', percent: 95, clause: point('a', 2, ['95%']) },
        '2029-2030': { kind: 'atLeast', percent: 100, clause: point('b', 2, ['100%']) },
      },
    }),
    indicator({
      id: 'ho_so_so_hoa',
      shortName: 'Hồ sơ số hóa',
      counted: 'hồ sơ cán bộ',
      base: 'records',
      parts: [{ id: 'ho_so_so_hoa', name: 'được số hóa trên hệ thống quản lý cán bộ của tỉnh' }],
      phases: {
        '2026-2028': { kind: 'moreThan', percent: 90, clause: point('a', 3, ['90%']) },
        '2029-2030': { kind: 'atLeast', percent: 100, clause: point('b', 3, ['100%']) },
      },
    }),
    indicator({
      id: 'boi_duong_chuyen_sau',
      shortName: 'Bồi dưỡng chuyên sâu, theo chức danh',
      counted: 'cán bộ, công chức, viên chức lãnh đạo, quản lý cấp xã',
      base: 'leaders',
      parts: [
        { id: 'boi_duong_chuyen_sau', name: 'được bồi dưỡng các kỹ năng chuyên sâu theo lĩnh vực được phân công phụ trách' },
        { id: 'boi_duong_chuc_danh', name: 'được bồi dưỡng theo chức danh, cập nhật kiến thức, kỹ năng quản lý, quản trị hiện đại' },
      ],
      phases: {
        '2026-2028': { kind: 'moreThan', percent: 95, clause: point('a', 5, ['95%']) },
        '2029-2030': { kind: 'atLeast', percent: 100, clause: point('b', 5, ['100%']), note: TITLE_TRAINING_NOTE },
      },
    }),
  ],
  digitalTransformation: {
    '2026-2028': { clause: point('a', 3, ['100%']) },
    '2029-2030': { clause: point('b', 3, ['100%']) },
  },
  satisfaction: {
    '2026-2028': { kind: 'moreThan', percent: 85, clause: point('a', 4, ['85%']) },
    '2029-2030': { kind: 'moreThan', percent: 90, clause: point('b', 4, ['90%']) },
  },
  staffing: {
    text: 'Bố trí đủ công chức theo chuyên môn, nghiệp vụ ở các xã, phường',
    horizons: [
      {
        year: 2026,
        body: 'Sở Nội vụ (tham mưu phương án tuyển dụng)',
        text: 'Phấn đấu đến hết năm 2026, 100% xã, phường được bố trí đủ công chức theo chuyên môn, nghiệp vụ.',
        clause: ref(DT, 'iii-2-2-2-1', 'ý thứ 1 gạch đầu dòng thứ 2 điểm 2.2 khoản 2 Mục III', ['2026', '100%'], {
          quotes: ['100% xã, phường được bố trí đủ công chức theo chuyên môn, nghiệp vụ'],
        }),
      },
      {
        year: 2030,
        body: 'Ủy ban nhân dân các xã, phường',
        text: 'Xây dựng lộ trình đảm bảo bố trí đủ công chức theo chuyên môn, nghiệp vụ đến hết năm 2030.',
        clause: ref(DT, 'iii-2-2-1-3', 'ý thứ 3 gạch đầu dòng thứ 1 điểm 2.2 khoản 2 Mục III', ['2030'], {
          quotes: ['lộ trình đảm bảo bố trí đủ công chức theo chuyên môn, nghiệp vụ đến hết năm 2030'],
        }),
      },
    ],
    note:
      'Kế hoạch nêu hai mốc: mức 100% đến hết năm 2026 ở phần việc của Sở Nội vụ, và lộ trình đến hết năm 2030 ở phần việc của Ủy ban nhân dân cấp xã. ' +
      'Năm 2030 là mốc của lộ trình xã xây dựng, không thay cho mốc năm 2026; công cụ nêu cả hai.',
  },
  otherTargets: [
    {
      text: 'Khi sơ kết, tổng kết Kế hoạch, mỗi xã, phường có tối thiểu 01 sáng kiến được nhân rộng trong phạm vi quản lý.',
      clause: ref(DT, 'v-1-b', 'điểm b khoản 1 Mục V', ['01 sáng kiến']),
    },
  ],
};

const LC = 'lai-chau-nq-05-nq-tu-2026';

/** Kế hoạch Lai Châu (NQ 05-NQ/TU), điểm 2.4: who is to be sent for university training. */
export const LAI_CHAU_NQ05 = {
  // The plan does not name its province (provinceInferred in its frontmatter): say so, as every page does.
  name: `Kế hoạch tỉnh ${provinceLabel({ province: 'Lai Châu', provinceInferred: true })} thực hiện Nghị quyết số 05-NQ/TU`,
  /** Cadres below the qualification standard with more than this many years of service left. */
  minYearsLeft: 6,
  /** 2026–2028: about 100 cadres in 2 university IT classes. */
  itClasses: { classes: 2, cadres: 100 },
  /** The sentence that sends them belongs to this phase ("Giai đoạn năm 2026 - 2028 …; cử cán bộ chưa đạt chuẩn …"). */
  phase: { from: 2026, to: 2028 },
  clause: ref(LC, 'ii-2-4-1', 'gạch đầu dòng thứ 1 điểm 2.4 khoản 2 Mục II', ['06 năm', '02 lớp', '100 cán bộ', '2026 - 2028']),
  note: 'Số năm công tác còn lại = ngày nghỉ hưu − ngày tham chiếu; tuổi nghỉ hưu theo lộ trình của Bộ luật Lao động 2019 và Nghị định số 135/2020/NĐ-CP (nam 60 tuổi 3 tháng năm 2021, mỗi năm tăng 3 tháng đến 62 tuổi năm 2028; nữ 55 tuổi 4 tháng năm 2021, mỗi năm tăng 4 tháng đến 60 tuổi năm 2035), nghỉ hưu từ cuối tháng đủ tuổi. Ngày sinh chỉ có năm được tính là ngày 01/01 của năm đó.',
} as const;

/** Said beside the Lai Châu list when its reference date falls outside the phase the list belongs to; null inside it. */
export function laiChauPhaseNote(reference: CalendarDate): string | null {
  const { from, to } = LAI_CHAU_NQ05.phase;
  if (reference.year >= from && reference.year <= to) return null;
  return (
    `Ngày tham chiếu ${formatDate(reference)} nằm ngoài giai đoạn ${from}–${to}: ${LAI_CHAU_NQ05.clause.label} đặt việc cử cán bộ chưa đạt chuẩn ` +
    `(còn trên 06 năm công tác) đi đào tạo đại học trong giai đoạn này, nên danh sách chỉ để tham khảo.`
  );
}

export function citedQualityClauses(rules: QualityRuleSet): ClauseRef[] {
  return [
    ...rules.indicators.flatMap((i) => PHASES.map((p) => i.phases[p.id].clause)),
    ...PHASES.map((p) => rules.digitalTransformation[p.id].clause),
    ...PHASES.map((p) => rules.satisfaction[p.id].clause),
    ...rules.staffing.horizons.map((h) => h.clause),
    ...rules.otherTargets.map((t) => t.clause),
    LAI_CHAU_NQ05.clause,
  ];
}
