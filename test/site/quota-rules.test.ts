/** Every clause a quota rule cites exists on the built plan page and states the rule's numbers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { citedClauses as citedBy } from '../../src/lib/quota/clause-links';
import { PROVINCE_CLAUSES } from '../../src/lib/quota/province';
import { QUOTA_RULE_SETS } from '../../src/lib/quota/rules';
import type { ClauseRef } from '../../src/lib/rules/clause';
import { DIST } from '../support/static-server';

function citedClauses(): ClauseRef[] {
  return [...QUOTA_RULE_SETS.flatMap(citedBy), ...PROVINCE_CLAUSES];
}

const pages = new Map<string, ReturnType<typeof parse>>();
const page = (plan: string) => {
  if (!pages.has(plan)) pages.set(plan, parse(readFileSync(join(DIST, 'ke-hoach', plan, 'index.html'), 'utf8')));
  return pages.get(plan)!;
};

describe('quota rules cite real clauses', () => {
  it.each(citedClauses().map((c) => [`${c.plan}#${c.anchor}`, c] as const))('%s', (_name, clause) => {
    const element = page(clause.plan).querySelector(`[data-clause="${clause.anchor}"]`);
    expect(element, `#${clause.anchor} không có trên trang ${clause.plan}`).not.toBeNull();
    expect(element!.getAttribute('data-cite')).toBe(clause.label);
    const text = element!.text.replace(/\s+/g, ' ');
    for (const number of clause.numbers) expect(text, `#${clause.anchor} phải có “${number}”`).toContain(number);
    const toCalculator = element!.querySelector('.clause-tools a.clause-tool--apply');
    expect(toCalculator?.getAttribute('href'), `#${clause.anchor} phải dẫn tới công cụ tính`).toMatch(/^\/cong-cu\/chi-tieu-dtts\/(\?quy-tac=|#cap-tinh)/);
  });
});
