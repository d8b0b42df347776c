/**
 * The quota calculator's result file, ket-qua-chi-tieu-dtts.csv (csv.md "Results"):
 * one row per commune in input order, written by toCsv (BOM, commas, formula-safe cells);
 * csv.md's columns, then the rule set and the notes.
 */
import { toCsv } from '../csv/write';
import { toFixed } from '../math/rational';
import { joinNotes } from '../rules/clause';
import { type CommuneQuota, communeNotes } from './engine';
import type { QuotaRuleSet } from './rules';

export const QUOTA_RESULT_FILE_NAME = 'ket-qua-chi-tieu-dtts.csv';

/** The columns csv.md fixes, in its order. */
export const QUOTA_RESULT_COLUMNS = [
  'ma_xa',
  'ten_xa',
  'ty_le_dtts',
  'muc_toi_thieu',
  'toi_thieu_2030',
  'toi_thieu_2035',
  'hien_co',
  'thieu_2030',
  'thieu_2035',
  'lanh_dao_toi_thieu_2030',
  'lanh_dao_toi_thieu_2035',
  'nu_toi_thieu_2030',
  'nu_toi_thieu_2035',
  'dao_tao_toi_thieu_2030',
  'dao_tao_toi_thieu_2035',
  'canh_bao',
] as const;

/** After csv.md's columns: the rule set that made the row, and every note beside its figures. */
export const QUOTA_RESULT_MORE_COLUMNS = ['bo_quy_tac', 'ghi_chu'] as const;

/** The header row, then one row per commune: percent with two decimals and ".", counts as plain integers. */
export function quotaResultRows(results: readonly CommuneQuota[], rules: QuotaRuleSet): string[][] {
  const rows = results.map((q) =>
    [
      q.code,
      q.name,
      toFixed(q.sharePercent, 2),
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
    ].map(String),
  );
  return [[...QUOTA_RESULT_COLUMNS, ...QUOTA_RESULT_MORE_COLUMNS], ...rows];
}

export function quotaResultCsv(results: readonly CommuneQuota[], rules: QuotaRuleSet): string {
  return toCsv(quotaResultRows(results, rules));
}
