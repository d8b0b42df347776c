/**
 * The commune cadre quality and training rules as data (docs/rules.md): every
 * number with the clause it comes from. test/site/quality-rules.test.ts checks each cited
 * clause exists on the built plan page and contains the rule's numbers.
 */
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

/** An indicator counted over a base of people or records of the commune. */
export interface CountIndicator {
  /** Column prefix in ket-qua-chat-luong.csv, and chat-luong.csv's column of the current count. */
  id: 'lanh_dao_dat_chuan' | 'thanh_thao_so' | 'ho_so_so_hoa' | 'boi_duong_chuyen_sau';
  name: string;
  /** For narrow table headers. */
  shortName: string;
  /** Who counts towards it, and the base it is a share of. */
  counted: string;
  base: 'leaders' | 'staff' | 'records';
  phases: Record<PhaseId, Threshold>;
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
}

const DT = 'dong-thap-nq-14-nq-tu-2026';
const point = (phase: 'a' | 'b', item: number, numbers: string[]) =>
  ref(DT, `ii-2-${phase}-${item}`, `gạch đầu dòng thứ ${item} điểm ${phase} khoản 2 Mục II`, numbers);

const MANAGERS_NOTE =
  'Chỉ tiêu giai đoạn 2029–2030 ghi “cán bộ, công chức, viên chức quản lý cấp xã” (không có chữ “lãnh đạo” như giai đoạn 2026–2028); công cụ tính trên cùng cơ sở là số lãnh đạo, quản lý cấp xã.';

export const DONG_THAP_NQ14: QualityRuleSet = {
  id: 'dong-thap-nq14',
  name: 'Kế hoạch của UBND tỉnh Đồng Tháp thực hiện Nghị quyết số 14-NQ/TU',
  indicators: [
    {
      id: 'lanh_dao_dat_chuan',
      name: 'Lãnh đạo, quản lý đạt chuẩn khung năng lực vị trí việc làm',
      shortName: 'Lãnh đạo đạt chuẩn',
      counted: 'cán bộ, công chức, viên chức lãnh đạo, quản lý cấp xã',
      base: 'leaders',
      phases: {
        '2026-2028': { kind: 'moreThan', percent: 90, clause: point('a', 1, ['90%']) },
        '2029-2030': { kind: 'atLeast', percent: 100, clause: point('b', 1, ['100%']), note: MANAGERS_NOTE },
      },
    },
    {
      id: 'thanh_thao_so',
      name: 'Sử dụng thành thạo văn bản điện tử và dịch vụ công trực tuyến',
      shortName: 'Thành thạo số',
      counted: 'cán bộ, công chức, viên chức cấp xã',
      base: 'staff',
      phases: {
        '2026-2028': { kind: 'moreThan', percent: 95, clause: point('a', 2, ['95%']) },
        '2029-2030': { kind: 'atLeast', percent: 100, clause: point('b', 2, ['100%']) },
      },
    },
    {
      id: 'ho_so_so_hoa',
      name: 'Hồ sơ cán bộ được số hóa',
      shortName: 'Hồ sơ số hóa',
      counted: 'hồ sơ cán bộ',
      base: 'records',
      phases: {
        '2026-2028': { kind: 'moreThan', percent: 90, clause: point('a', 3, ['90%']) },
        '2029-2030': { kind: 'atLeast', percent: 100, clause: point('b', 3, ['100%']) },
      },
    },
    {
      id: 'boi_duong_chuyen_sau',
      name: 'Lãnh đạo, quản lý được bồi dưỡng kỹ năng chuyên sâu theo lĩnh vực',
      shortName: 'Bồi dưỡng chuyên sâu',
      counted: 'cán bộ, công chức, viên chức lãnh đạo, quản lý cấp xã',
      base: 'leaders',
      phases: {
        '2026-2028': { kind: 'moreThan', percent: 95, clause: point('a', 5, ['95%']) },
        '2029-2030': { kind: 'atLeast', percent: 100, clause: point('b', 5, ['100%']) },
      },
    },
  ],
  digitalTransformation: {
    '2026-2028': { clause: point('a', 3, ['100%']) },
    '2029-2030': { clause: point('b', 3, ['100%']) },
  },
  satisfaction: {
    '2026-2028': { kind: 'moreThan', percent: 85, clause: point('a', 4, ['85%']) },
    '2029-2030': { kind: 'moreThan', percent: 90, clause: point('b', 4, ['90%']) },
  },
  otherTargets: [
    {
      text: 'Đến hết năm 2026, 100% xã, phường được bố trí đủ công chức theo chuyên môn, nghiệp vụ.',
      clause: ref(DT, 'iii-2-2-2-1', 'ý thứ 1 gạch đầu dòng thứ 2 điểm 2.2 khoản 2 Mục III', ['2026', '100%']),
    },
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
  clause: ref(LC, 'ii-2-4-1', 'gạch đầu dòng thứ 1 điểm 2.4 khoản 2 Mục II', ['06 năm', '02 lớp', '100 cán bộ']),
  note: 'Số năm công tác còn lại = ngày nghỉ hưu − ngày tham chiếu; tuổi nghỉ hưu theo lộ trình của Bộ luật Lao động 2019 và Nghị định số 135/2020/NĐ-CP (nam 60 tuổi 3 tháng năm 2021, mỗi năm tăng 3 tháng đến 62 tuổi năm 2028; nữ 55 tuổi 4 tháng năm 2021, mỗi năm tăng 4 tháng đến 60 tuổi năm 2035), nghỉ hưu từ cuối tháng đủ tuổi. Ngày sinh chỉ có năm được tính là ngày 01/01 của năm đó.',
} as const;

export function citedQualityClauses(rules: QualityRuleSet): ClauseRef[] {
  return [
    ...rules.indicators.flatMap((i) => PHASES.map((p) => i.phases[p.id].clause)),
    ...PHASES.map((p) => rules.digitalTransformation[p.id].clause),
    ...PHASES.map((p) => rules.satisfaction[p.id].clause),
    ...rules.otherTargets.map((t) => t.clause),
    LAI_CHAU_NQ05.clause,
  ];
}
