/**
 * What every calculator rule points at: a clause of a published plan, and the "why"
 * shown beside each figure. Rules are data; test/site/*-rules.test.ts checks each
 * cited clause exists on the built plan page and states the rule's numbers.
 */
export interface ClauseRef {
  /** Plan slug, as in /ke-hoach/<slug>/. */
  plan: string;
  anchor: string;
  /** "gạch đầu dòng thứ 3 điểm b khoản 2 Mục II" */
  label: string;
  /** Numbers the clause text must contain, as written there ("15%"). */
  numbers: string[];
}

/** Why a figure is what it is: the rule in words, the arithmetic, the clause. */
export interface Explanation {
  rule: string;
  arithmetic: string;
  clause: ClauseRef;
  note?: string;
}

export const clauseRef = (plan: string, anchor: string, label: string, numbers: string[]): ClauseRef => ({ plan, anchor, label, numbers });

export function clauseHref(clause: ClauseRef): string {
  return `/ke-hoach/${clause.plan}/#${clause.anchor}`;
}

/** The clauses, each once, in first-cited order (for a printed report's "Căn cứ"). */
export function distinctClauses(clauses: readonly ClauseRef[]): ClauseRef[] {
  return [...new Map(clauses.map((c) => [`${c.plan}#${c.anchor}`, c])).values()];
}
