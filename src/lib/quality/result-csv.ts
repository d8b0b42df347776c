/**
 * The quality calculator's result file, ket-qua-chat-luong.csv (csv.md "Results"): one row
 * per commune in input order, csv.md's columns first and in its order, then the current
 * counts, the training targets, the Lai Châu count, the counts of the indicators' other
 * parts, the rule sets that made the row and every note beside its figures. The list of
 * cadres to send for training is a separate file, danh-sach-dao-tao.csv, made only when the
 * user asks.
 */
import { type ResultColumn, type ResultTable, resultCsv } from '../csv/result-table';
import { toCsv } from '../csv/write';
import type { TrainingCandidate } from './lai-chau';
import { joinNotes, notes } from '../rules/clause';
import { CHAT_LUONG_COLUMNS, PART_COLUMNS } from './chat-luong-csv';
import { qualityNotes, requiredCount, satisfactionMet } from './engine';
import type { CommuneResult, QualityOptions } from './input';
import { type CountIndicator, DONG_THAP_NQ14, LAI_CHAU_NQ05, PHASES, type PartId, laiChauPhaseNote } from './rules';
import { communeTrainingTargets } from './training';

export const QUALITY_RESULT_FILE_NAME = 'ket-qua-chat-luong.csv';
export const QUALITY_RESULT_XLSX_NAME = 'ket-qua-chat-luong.xlsx';
export const CANDIDATES_FILE_NAME = 'danh-sach-dao-tao-dai-hoc.csv';

const INDICATOR_IDS: CountIndicator['id'][] = ['lanh_dao_dat_chuan', 'thanh_thao_so', 'ho_so_so_hoa', 'boi_duong_chuyen_sau'];
const shortName = (id: CountIndicator['id']) => DONG_THAP_NQ14.indicators.find((i) => i.id === id)!.shortName;

/** The columns csv.md fixes, in its order. */
const FIXED_COLUMNS: ResultColumn[] = [
  ...INDICATOR_IDS.flatMap((id) => PHASES.map((p) => ({ key: `${id}_can_${p.endYear}`, label: `${shortName(id)}: số cần đạt năm ${p.endYear}` }))),
  ...PHASES.map((p) => ({ key: `hai_long_dat_${p.endYear}`, label: `Tỷ lệ hài lòng đạt mục tiêu năm ${p.endYear}` })),
];
export const QUALITY_RESULT_COLUMNS = FIXED_COLUMNS.map((c) => c.key);

/** The other parts of an indicator (csv.md's columns count its first part): their counts follow the columns that were there before them. */
const OTHER_PART_IDS: PartId[] = DONG_THAP_NQ14.indicators.flatMap((i) => i.parts.slice(1).map((p) => p.id));

/** A part's current count, headed by its column in chat-luong.csv. */
const currentColumn = (id: PartId): ResultColumn => ({
  key: `${id}_hien_co`,
  label: `${CHAT_LUONG_COLUMNS.find((c) => c.key === PART_COLUMNS[id])!.label}: hiện có`,
});

const EXTRA_COLUMNS: ResultColumn[] = [
  ...INDICATOR_IDS.map(currentColumn),
  { key: 'chuyen_doi_so_dat', label: 'Chuyển đổi số trong quản lý cán bộ' },
  { key: 'dao_tao_dtts_can_2030', label: 'Cán bộ người DTTS cần được đào tạo, bồi dưỡng năm 2030' },
  { key: 'dao_tao_dtts_can_2035', label: 'Cán bộ người DTTS cần được đào tạo, bồi dưỡng năm 2035' },
  { key: 'chua_dat_chuan_con_tren_6_nam', label: 'Chưa đạt chuẩn trình độ, còn trên 6 năm công tác' },
  ...OTHER_PART_IDS.map(currentColumn),
  // The rules that made the row, and every note beside its figures.
  { key: 'bo_quy_tac', label: 'Bộ quy tắc' },
  { key: 'ghi_chu', label: 'Ghi chú', kind: 'notes' },
];

const COLUMNS: ResultColumn[] = [
  { key: 'ma_xa', label: 'Mã xã' },
  { key: 'ten_xa', label: 'Tên xã' },
  ...FIXED_COLUMNS,
  { key: 'canh_bao', label: 'Cảnh báo', kind: 'notes' },
  ...EXTRA_COLUMNS,
];

/** The rules a result file is written under; the reference date is the Lai Châu list's. */
export type ResultRules = Pick<QualityOptions, 'rules' | 'training' | 'reference'>;

/** One row per commune; unknown figures are null (empty cells). */
export function qualityResultTable(communes: readonly CommuneResult[], { rules, training, reference }: ResultRules): ResultTable {
  const byId = new Map(rules.indicators.map((i) => [i.id, i]));
  const ruleNotes = qualityNotes(rules);
  const laiChauNotes = notes(LAI_CHAU_NQ05.note, laiChauPhaseNote(reference) ?? undefined);
  const ruleSets = `${rules.name}; đào tạo cán bộ người dân tộc thiểu số: ${training.name}`;
  const rows = communes.map(({ input, warnings, laiChau }) => {
    const required = INDICATOR_IDS.flatMap((id) => {
      const indicator = byId.get(id)!;
      const base = input.bases[indicator.base];
      return PHASES.map((p) => (base === null ? null : requiredCount(indicator.phases[p.id], base)));
    });
    const targets = communeTrainingTargets(input, training);
    // The Lai Châu count is there only with a roster, and its notes with it.
    const listed = laiChau !== null;
    return [
      input.code,
      input.name,
      ...required,
      ...PHASES.map((p) => satisfactionMet(rules.satisfaction[p.id], input.satisfaction)),
      warnings.join('; '),
      ...INDICATOR_IDS.map((id) => input.current[id]),
      input.digitalTransformation,
      targets?.[2030] ?? null,
      targets?.[2035] ?? null,
      laiChau,
      ...OTHER_PART_IDS.map((id) => input.current[id]),
      listed ? `${ruleSets}; cử đi đào tạo đại học: ${LAI_CHAU_NQ05.name}` : ruleSets,
      joinNotes(listed ? [...ruleNotes, ...laiChauNotes] : ruleNotes),
    ];
  });
  return { columns: COLUMNS, rows };
}

export const qualityResultCsv = (...args: Parameters<typeof qualityResultTable>) => resultCsv(qualityResultTable(...args));

/** The Lai Châu list, for the user's own download: names never leave the tab otherwise. */
export function candidatesCsv(candidates: readonly TrainingCandidate[]): string {
  const header = ['ma_xa', 'ho_ten', 'dong', 'gioi_tinh', 'ngay_sinh', 'ngay_nghi_huu', 'nam_con_lai', 'thang_con_lai'];
  const rows = candidates.map((c) => [
    c.code,
    c.name ?? '',
    String(c.row),
    c.sex === 'nam' ? 'Nam' : 'Nữ',
    c.birth,
    c.retirement,
    String(c.yearsLeft),
    String(c.monthsLeft),
  ]);
  return toCsv([header, ...rows]);
}
