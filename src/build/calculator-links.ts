/** Every calculator a plan's clauses link to ("Tính chỉ tiêu" beside the clause). */
import type { ClauseToolLink } from '../lib/clause-tools';
import { qualityCalculatorLinks } from '../lib/quality/clause-links';
import { quotaCalculatorLinks } from '../lib/quota/clause-links';

export function calculatorLinks(slug: string): Record<string, ClauseToolLink> {
  // Training clauses (khoản 4 Mục II) of the DTTS plans stay with the quota calculator, which cites them first.
  return { ...qualityCalculatorLinks(slug), ...quotaCalculatorLinks(slug) };
}
