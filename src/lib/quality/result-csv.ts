/**
 * The quality calculator's result file, ket-qua-chat-luong.csv (csv.md "Results"): one row
 * per commune in input order, csv.md's columns first and in its order, then the current
 * counts, the training targets and the Lai Châu count. The list of cadres to send for
 * training is a separate file, danh-sach-dao-tao.csv, made only when the user asks.
 */
import { toCsv } from '../csv/write';
import { formatDate } from '../csv/values';
import type { TrainingCandidate } from '../roster/lai-chau';
import type { CommuneResult } from './quality-files';
import { PHASES, type CountIndicator } from './rules';

export const QUALITY_RESULT_FILE_NAME = 'ket-qua-chat-luong.csv';
export const CANDIDATES_FILE_NAME = 'danh-sach-dao-tao-dai-hoc.csv';

const INDICATOR_IDS: CountIndicator['id'][] = ['lanh_dao_dat_chuan', 'thanh_thao_so', 'ho_so_so_hoa', 'boi_duong_chuyen_sau'];

/** The columns csv.md fixes, in its order. */
export const QUALITY_RESULT_COLUMNS = [
  ...INDICATOR_IDS.flatMap((id) => PHASES.map((p) => `${id}_can_${p.endYear}`)),
  ...PHASES.map((p) => `hai_long_dat_${p.endYear}`),
];

const EXTRA_COLUMNS = [
  ...INDICATOR_IDS.map((id) => `${id}_hien_co`),
  'chuyen_doi_so_dat',
  'dao_tao_dtts_can_2030',
  'dao_tao_dtts_can_2035',
  'chua_dat_chuan_con_tren_6_nam',
];

const cell = (value: number | boolean | null | undefined) => (value === null || value === undefined ? '' : typeof value === 'boolean' ? (value ? 'có' : 'không') : String(value));

/** Header row, then one row per commune; unknown figures are empty cells. */
export function qualityResultRows(communes: readonly CommuneResult[]): string[][] {
  const header = ['ma_xa', 'ten_xa', ...QUALITY_RESULT_COLUMNS, 'canh_bao', ...EXTRA_COLUMNS];
  const rows = communes.map(({ input, quality, trajectory, laiChau }) => {
    const phases = PHASES.map((p) => quality.phases[p.id]);
    const required = INDICATOR_IDS.flatMap((id) => phases.map((p) => cell(p.indicators.find((i) => i.indicator.id === id)?.required)));
    return [
      input.code,
      input.name,
      ...required,
      ...phases.map((p) => cell(p.satisfaction.met)),
      quality.warnings.join('; '),
      ...INDICATOR_IDS.map((id) => cell(input.current[id])),
      cell(input.digitalTransformation),
      cell(trajectory?.targets[2030].value),
      cell(trajectory?.targets[2035].value),
      cell(laiChau),
    ];
  });
  return [header, ...rows];
}

export const qualityResultCsv = (communes: readonly CommuneResult[]) => toCsv(qualityResultRows(communes));

/** The Lai Châu list, for the user's own download: names never leave the tab otherwise. */
export function candidatesCsv(candidates: readonly TrainingCandidate[]): string {
  const header = ['ma_xa', 'ho_ten', 'dong', 'gioi_tinh', 'ngay_sinh', 'ngay_nghi_huu', 'nam_con_lai', 'thang_con_lai'];
  const rows = candidates.map((c) => [
    c.code,
    c.name ?? '',
    String(c.row),
    c.sex === 'nam' ? 'Nam' : 'Nữ',
    c.birthYearOnly ? String(c.birth.year) : formatDate(c.birth),
    formatDate(c.retirement),
    String(c.left.years),
    String(c.left.months),
  ]);
  return toCsv([header, ...rows]);
}
