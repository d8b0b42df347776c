/**
 * The quality calculator's result file, ket-qua-chat-luong.csv (csv.md "Results"): one row
 * per commune in input order, csv.md's columns first and in its order, then the current
 * counts, the training targets, the Lai Châu count, the counts of the indicators' other
 * parts, the rule sets that made the row and every note beside its figures. The list of
 * cadres to send for training is a separate file, danh-sach-dao-tao.csv, made only when the
 * user asks.
 */
import { toCsv } from '../csv/write';
import type { TrainingCandidate } from './lai-chau';
import { joinNotes, notes } from '../rules/clause';
import { qualityNotes, requiredCount, satisfactionMet } from './engine';
import type { CommuneResult, QualityOptions } from './input';
import { type CountIndicator, DONG_THAP_NQ14, LAI_CHAU_NQ05, PHASES, type PartId, laiChauPhaseNote } from './rules';
import { communeTrainingTargets } from './training';

export const QUALITY_RESULT_FILE_NAME = 'ket-qua-chat-luong.csv';
export const CANDIDATES_FILE_NAME = 'danh-sach-dao-tao-dai-hoc.csv';

const INDICATOR_IDS: CountIndicator['id'][] = ['lanh_dao_dat_chuan', 'thanh_thao_so', 'ho_so_so_hoa', 'boi_duong_chuyen_sau'];

/** The columns csv.md fixes, in its order. */
export const QUALITY_RESULT_COLUMNS = [
  ...INDICATOR_IDS.flatMap((id) => PHASES.map((p) => `${id}_can_${p.endYear}`)),
  ...PHASES.map((p) => `hai_long_dat_${p.endYear}`),
];

/** The other parts of an indicator (csv.md's columns count its first part): their counts follow the columns that were there before them. */
const OTHER_PART_IDS: PartId[] = DONG_THAP_NQ14.indicators.flatMap((i) => i.parts.slice(1).map((p) => p.id));

const EXTRA_COLUMNS = [
  ...INDICATOR_IDS.map((id) => `${id}_hien_co`),
  'chuyen_doi_so_dat',
  'dao_tao_dtts_can_2030',
  'dao_tao_dtts_can_2035',
  'chua_dat_chuan_con_tren_6_nam',
  ...OTHER_PART_IDS.map((id) => `${id}_hien_co`),
  // The rules that made the row, and every note beside its figures.
  'bo_quy_tac',
  'ghi_chu',
];

const cell = (value: number | boolean | null | undefined) => (value === null || value === undefined ? '' : typeof value === 'boolean' ? (value ? 'có' : 'không') : String(value));

/** The rules a result file is written under; the reference date is the Lai Châu list's. */
export type ResultRules = Pick<QualityOptions, 'rules' | 'training' | 'reference'>;

/** Header row, then one row per commune; unknown figures are empty cells. */
export function qualityResultRows(communes: readonly CommuneResult[], { rules, training, reference }: ResultRules): string[][] {
  const header = ['ma_xa', 'ten_xa', ...QUALITY_RESULT_COLUMNS, 'canh_bao', ...EXTRA_COLUMNS];
  const byId = new Map(rules.indicators.map((i) => [i.id, i]));
  const ruleNotes = qualityNotes(rules);
  const laiChauNotes = notes(LAI_CHAU_NQ05.note, laiChauPhaseNote(reference) ?? undefined);
  const ruleSets = `${rules.name}; đào tạo cán bộ người dân tộc thiểu số: ${training.name}`;
  const rows = communes.map(({ input, warnings, laiChau }) => {
    const required = INDICATOR_IDS.flatMap((id) => {
      const indicator = byId.get(id)!;
      const base = input.bases[indicator.base];
      return PHASES.map((p) => cell(base === null ? null : requiredCount(indicator.phases[p.id], base)));
    });
    const targets = communeTrainingTargets(input, training);
    // The Lai Châu count is there only with a roster, and its notes with it.
    const listed = laiChau !== null;
    return [
      input.code,
      input.name,
      ...required,
      ...PHASES.map((p) => cell(satisfactionMet(rules.satisfaction[p.id], input.satisfaction))),
      warnings.join('; '),
      ...INDICATOR_IDS.map((id) => cell(input.current[id])),
      cell(input.digitalTransformation),
      cell(targets?.[2030]),
      cell(targets?.[2035]),
      cell(laiChau),
      ...OTHER_PART_IDS.map((id) => cell(input.current[id])),
      listed ? `${ruleSets}; cử đi đào tạo đại học: ${LAI_CHAU_NQ05.name}` : ruleSets,
      joinNotes(listed ? [...ruleNotes, ...laiChauNotes] : ruleNotes),
    ];
  });
  return [header, ...rows];
}

export const qualityResultCsv = (...args: Parameters<typeof qualityResultRows>) => toCsv(qualityResultRows(...args));

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
