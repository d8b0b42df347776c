/** Checks, on the built site, that a clause a calculator rule cites exists, is labelled as cited, states the rule's numbers and links to the tool. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HTMLElement, parse } from 'node-html-parser';
import { expect } from 'vitest';
import type { ClauseRef } from '../../src/lib/rules/clause';
import { DIST } from './static-server';

const pages = new Map<string, ReturnType<typeof parse>>();

/** The built plan page, parsed once per test file. */
export function planPage(plan: string) {
  if (!pages.has(plan)) pages.set(plan, parse(readFileSync(join(DIST, 'ke-hoach', plan, 'index.html'), 'utf8')));
  return pages.get(plan)!;
}

const fold = (text: string) => text.replace(/\s+/g, ' ');

/** The clause's text with white space folded. */
export const clauseText = (clause: ClauseRef) => fold(planPage(clause.plan).querySelector(`[data-clause="${clause.anchor}"]`)!.text);

/** The clause's own text, before the first clause nested in it (a khoản's heading and opening sentence). */
export function openingText(clause: ClauseRef): string {
  const element = planPage(clause.plan).querySelector(`[data-clause="${clause.anchor}"]`)!;
  const own: string[] = [];
  for (const child of element.childNodes) {
    if (child instanceof HTMLElement && child.classList.contains('clause')) break;
    own.push(child.text);
  }
  return fold(own.join(' '));
}

export function expectCitedClause(clause: ClauseRef, toolHref: RegExp): void {
  const element = planPage(clause.plan).querySelector(`[data-clause="${clause.anchor}"]`);
  expect(element, `#${clause.anchor} không có trên trang ${clause.plan}`).not.toBeNull();
  expect(element!.getAttribute('data-cite')).toBe(clause.label);
  // The roadmap sentence opening a khoản must state the numbers itself, not one of its điểm.
  const text = clause.opening ? openingText(clause) : clauseText(clause);
  for (const number of clause.numbers) expect(text, `#${clause.anchor} phải có “${number}”`).toContain(number);
  for (const quote of clause.quotes ?? []) expect(text, `#${clause.anchor} phải có “${quote}” (lời dẫn trong lưu ý)`).toContain(quote);
  const toCalculator = element!.querySelector('.clause-tools a.clause-tool--apply');
  expect(toCalculator?.getAttribute('href'), `#${clause.anchor} phải dẫn tới công cụ tính`).toMatch(toolHref);
}
