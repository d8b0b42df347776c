/** Every clause a quota rule cites exists on the built plan page and states the rule's numbers. */
import { describe, it } from 'vitest';
import { citedClauses as citedBy } from '../../src/lib/quota/clause-links';
import { PROVINCE_CLAUSES } from '../../src/lib/quota/province';
import { QUOTA_RULE_SETS } from '../../src/lib/quota/rules';
import type { ClauseRef } from '../../src/lib/rules/clause';
import { expectCitedClause } from '../support/rule-clauses';

function citedClauses(): ClauseRef[] {
  return [...QUOTA_RULE_SETS.flatMap(citedBy), ...PROVINCE_CLAUSES];
}

describe('quota rules cite real clauses', () => {
  it.each(citedClauses().map((c) => [`${c.plan}#${c.anchor}`, c] as const))('%s', (_name, clause) => {
    expectCitedClause(clause, /^\/cong-cu\/chi-tieu-dtts\/(\?quy-tac=|#cap-tinh)/);
  });
});
