/** Every clause a quality or training rule cites exists on the built plan page, states the rule's numbers, and links to the calculator. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { PHASES, DONG_THAP_NQ14, citedQualityClauses } from '../../src/lib/quality/rules';
import { DIST } from '../support/static-server';

const pages = new Map<string, ReturnType<typeof parse>>();
const page = (plan: string) => {
  if (!pages.has(plan)) pages.set(plan, parse(readFileSync(join(DIST, 'ke-hoach', plan, 'index.html'), 'utf8')));
  return pages.get(plan)!;
};

describe('quality rules cite real clauses', () => {
  it.each(citedQualityClauses(DONG_THAP_NQ14).map((c) => [`${c.plan}#${c.anchor} ${c.numbers.join(' ')}`, c] as const))('%s', (_name, clause) => {
    const element = page(clause.plan).querySelector(`[data-clause="${clause.anchor}"]`);
    expect(element, `#${clause.anchor} không có trên trang ${clause.plan}`).not.toBeNull();
    expect(element!.getAttribute('data-cite')).toBe(clause.label);
    const text = element!.text.replace(/\s+/g, ' ');
    for (const number of clause.numbers) expect(text, `#${clause.anchor} phải có “${number}”`).toContain(number);
    const toCalculator = element!.querySelector('.clause-tools a.clause-tool--apply');
    expect(toCalculator?.getAttribute('href'), `#${clause.anchor} phải dẫn tới công cụ tính`).toMatch(/^\/cong-cu\/chat-luong-can-bo\//);
  });

  it('states each threshold the way the rule reads it: "Trên X%" for strictly more than, "X%" for all', () => {
    for (const indicator of DONG_THAP_NQ14.indicators) {
      for (const phase of PHASES) {
        const t = indicator.phases[phase.id];
        const text = page(t.clause.plan).querySelector(`[data-clause="${t.clause.anchor}"]`)!.text.replace(/\s+/g, ' ');
        expect(text.toLowerCase(), `${indicator.id} ${phase.id}`).toContain(t.kind === 'moreThan' ? `trên ${t.percent}%` : `${t.percent}%`);
      }
    }
  });
});
