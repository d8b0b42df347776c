/**
 * The quota calculator's result file, ket-qua-chi-tieu-dtts.csv (csv.md "Results"):
 * one row per commune in input order, written by toCsv (BOM, commas, formula-safe cells);
 * csv.md's columns, then the rule set and the notes. The same table, with Vietnamese
 * headers and numbers as numbers, makes ket-qua-chi-tieu-dtts.xlsx (result-xlsx.ts).
 */
import { type ResultColumn, type ResultTable, resultCsv, resultCsvRows } from '../csv/result-table';
import { toFixed } from '../math/rational';
import { joinNotes } from '../rules/clause';
import { type CommuneQuota, communeNotes } from './engine';
import type { QuotaRuleSet } from './rules';

export const QUOTA_RESULT_FILE_NAME = 'ket-qua-chi-tieu-dtts.csv';
export const QUOTA_RESULT_XLSX_NAME = 'ket-qua-chi-tieu-dtts.xlsx';

/** The columns csv.md fixes, in its order, with their headers in the Excel file. */
const FIXED_COLUMNS = [
  { key: 'ma_xa', label: 'Mã xã' },
  { key: 'ten_xa', label: 'Tên xã' },
  { key: 'ty_le_dtts', label: 'Tỷ lệ DTTS (%)', kind: 'percent' },
  { key: 'muc_toi_thieu', label: 'Mức tối thiểu (%)' },
  { key: 'toi_thieu_2030', label: 'Cán bộ người DTTS tối thiểu năm 2030' },
  { key: 'toi_thieu_2035', label: 'Cán bộ người DTTS tối thiểu năm 2035' },
  { key: 'hien_co', label: 'Cán bộ người DTTS hiện có' },
  { key: 'thieu_2030', label: 'Còn thiếu năm 2030' },
  { key: 'thieu_2035', label: 'Còn thiếu năm 2035' },
  { key: 'lanh_dao_toi_thieu_2030', label: 'Lãnh đạo, quản lý người DTTS tối thiểu năm 2030' },
  { key: 'lanh_dao_toi_thieu_2035', label: 'Lãnh đạo, quản lý người DTTS tối thiểu năm 2035' },
  { key: 'nu_toi_thieu_2030', label: 'Nữ người DTTS tối thiểu năm 2030' },
  { key: 'nu_toi_thieu_2035', label: 'Nữ người DTTS tối thiểu năm 2035' },
  { key: 'dao_tao_toi_thieu_2030', label: 'Đã đào tạo, bồi dưỡng tối thiểu năm 2030' },
  { key: 'dao_tao_toi_thieu_2035', label: 'Đã đào tạo, bồi dưỡng tối thiểu năm 2035' },
  { key: 'canh_bao', label: 'Cảnh báo', kind: 'notes' },
] as const satisfies readonly ResultColumn[];

export const QUOTA_RESULT_COLUMNS = FIXED_COLUMNS.map((c) => c.key);

/** After csv.md's columns: the rule set that made the row, and every note beside its figures. */
const MORE_COLUMNS = [
  { key: 'bo_quy_tac', label: 'Bộ quy tắc' },
  { key: 'ghi_chu', label: 'Ghi chú', kind: 'notes' },
] as const satisfies readonly ResultColumn[];

/** One row per commune: the percent rounded to two decimals, counts as integers. */
export function quotaResultTable(results: readonly CommuneQuota[], rules: QuotaRuleSet): ResultTable {
  const rows = results.map((q) => [
    q.code,
    q.name,
    Number(toFixed(q.sharePercent, 2)),
    q.minimumPercent,
    q.targets[2030].minimum,
    q.targets[2035].minimum,
    q.current,
    q.gaps[2030],
    q.gaps[2035],
    q.targets[2030].leaders,
    q.targets[2035].leaders,
    q.targets[2030].women,
    q.targets[2035].women,
    q.targets[2030].trained,
    q.targets[2035].trained,
    q.warnings.join('; '),
    rules.name,
    joinNotes(communeNotes(q, rules)),
  ]);
  return { columns: [...FIXED_COLUMNS, ...MORE_COLUMNS], rows };
}

/** The header row, then one row per commune: percent with two decimals and ".", counts as plain integers. */
export const quotaResultRows = (results: readonly CommuneQuota[], rules: QuotaRuleSet) => resultCsvRows(quotaResultTable(results, rules));

export const quotaResultCsv = (results: readonly CommuneQuota[], rules: QuotaRuleSet) => resultCsv(quotaResultTable(results, rules));
