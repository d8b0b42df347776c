/** Links from the plan clauses the quota rules cite to the calculator applying them. */
import { QUOTA_CALCULATOR_PATH } from '../core/paths';
import type { ClauseToolLink } from '../clause-tools';
import { formToSearch } from './commune-form';
import { PROVINCE_CLAUSES } from './province';
import { QUOTA_RULE_SETS, type QuotaRuleSet } from './rules';

/** Every clause a rule set cites, for the calculator links on plan pages, the printed report and the site test. */
export function citedClauses(rules: QuotaRuleSet) {
  return [
    rules.roadmap.ratioClause,
    rules.roadmap.structureClause,
    rules.ethnicStructure.clause,
    ...rules.bands.map((b) => b.clause),
    rules.exactly70.clause,
    rules.leaders.clause,
    rules.women.clause,
    rules.publicServiceUnits.clause,
    rules.training.clause,
  ];
}

export function quotaCalculatorLinks(slug: string): Record<string, ClauseToolLink> {
  const links: Record<string, ClauseToolLink> = {};
  for (const rules of QUOTA_RULE_SETS) {
    for (const clause of citedClauses(rules)) {
      // The first rule set citing a clause is the one that clause belongs to.
      if (clause.plan === slug && !links[clause.anchor]) links[clause.anchor] = { href: `${QUOTA_CALCULATOR_PATH}${formToSearch({ rules, values: {} })}`, text: 'Tính chỉ tiêu' };
    }
  }
  // Clauses for province-level bodies open the province form of the same page.
  for (const clause of PROVINCE_CLAUSES) {
    if (clause.plan === slug && !links[clause.anchor]) links[clause.anchor] = { href: `${QUOTA_CALCULATOR_PATH}#cap-tinh`, text: 'Tính chỉ tiêu' };
  }
  return links;
}
