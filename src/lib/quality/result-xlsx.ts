/** The quality calculator's results as ket-qua-chat-luong.xlsx: the CSV file's table and what produced it (xlsx/result-workbook.ts). */
import { formatDate } from '../core/vi-format';
import { type ResultAbout, resultWorkbook } from '../xlsx/result-workbook';
import type { WorkbookSpec } from '../xlsx/write-workbook';
import { QUALITY_CALCULATOR_PATH } from '../core/paths';
import type { CommuneResult } from './input';
import { type ResultRules, qualityResultTable } from './result-csv';
import { LAI_CHAU_NQ05, citedQualityClauses } from './rules';

export function qualityResultWorkbook(
  communes: readonly CommuneResult[],
  options: ResultRules,
  about: Pick<ResultAbout, 'read' | 'date' | 'origin'>,
  created: Date,
): WorkbookSpec {
  const { rules, training, reference } = options;
  // Every commune's figures rest on every indicator's clauses and the training clause; the Lai Châu clause only with a roster.
  const common = [...citedQualityClauses(rules).filter((c) => c !== LAI_CHAU_NQ05.clause), training.training.clause];
  const listed = communes.some((c) => c.laiChau !== null);
  const ruleSets = [rules.name, `Đào tạo cán bộ người dân tộc thiểu số: ${training.name}`, ...(listed ? [`Cử đi đào tạo đại học: ${LAI_CHAU_NQ05.name}`] : [])];
  return resultWorkbook(
    qualityResultTable(communes, options),
    communes.map((c) => (c.laiChau === null ? common : [...common, LAI_CHAU_NQ05.clause])),
    {
      ...about,
      tool: { name: 'Tính chỉ tiêu chất lượng và đào tạo cán bộ cấp xã', path: QUALITY_CALCULATOR_PATH },
      ruleSets,
      clauses: listed ? [...common, LAI_CHAU_NQ05.clause] : common,
      settings: [['Ngày tham chiếu', formatDate(reference)]],
    },
    created,
  );
}
