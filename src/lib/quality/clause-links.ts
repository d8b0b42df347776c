/** Links from the plan clauses the quality and training rules cite to the calculator applying them. */
import { QUALITY_CALCULATOR_PATH } from '../core/paths';
import type { ClauseToolLink } from '../clause-tools';
import { DONG_THAP_NQ14, LAI_CHAU_NQ05, citedQualityClauses } from './rules';

export function qualityCalculatorLinks(slug: string): Record<string, ClauseToolLink> {
  const links: Record<string, ClauseToolLink> = {};
  for (const clause of citedQualityClauses(DONG_THAP_NQ14)) {
    if (clause.plan !== slug || links[clause.anchor]) continue;
    // The Lai Châu list needs a roster, which only the files part of the page reads.
    const href = clause === LAI_CHAU_NQ05.clause ? `${QUALITY_CALCULATOR_PATH}#nhieu-xa` : QUALITY_CALCULATOR_PATH;
    links[clause.anchor] = { href, text: 'Tính chỉ tiêu' };
  }
  return links;
}
