/** The quota calculator's results as ket-qua-chi-tieu-dtts.xlsx: the CSV file's table and what produced it (xlsx/result-workbook.ts). */
import type { ClauseRef } from '../rules/clause';
import { type ResultAbout, resultWorkbook } from '../xlsx/result-workbook';
import type { WorkbookSpec } from '../xlsx/write-workbook';
import { QUOTA_CALCULATOR_PATH } from '../core/paths';
import { citedClauses } from './clause-links';
import { type CommuneQuota, explainCommuneQuota } from './engine';
import { quotaResultTable } from './result-csv';
import type { QuotaRuleSet } from './rules';

/** Every clause a commune's figures cite, both years. */
const communeClauses = (quota: CommuneQuota, rules: QuotaRuleSet): ClauseRef[] =>
  Object.values(explainCommuneQuota(quota, rules)).flatMap((year) => Object.values(year).flatMap((figure) => figure.why.clauses));

export function quotaResultWorkbook(
  results: readonly CommuneQuota[],
  rules: QuotaRuleSet,
  about: Pick<ResultAbout, 'read' | 'date' | 'origin'>,
  created: Date,
): WorkbookSpec {
  return resultWorkbook(
    quotaResultTable(results, rules),
    results.map((q) => communeClauses(q, rules)),
    { ...about, tool: { name: 'Tính chỉ tiêu cán bộ người dân tộc thiểu số', path: QUOTA_CALCULATOR_PATH }, ruleSets: [rules.name], clauses: citedClauses(rules) },
    created,
  );
}
