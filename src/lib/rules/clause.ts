/**
 * What every calculator rule points at: a clause of a published plan, and the "why"
 * shown beside each figure. Rules are data; test/site/*-rules.test.ts checks each
 * cited clause exists on the built plan page and states the rule's numbers.
 */
import { clausePath } from '../core/paths';
export interface ClauseRef {
  /** Plan slug, as in /ke-hoach/<slug>/. */
  plan: string;
  anchor: string;
  /** "gạch đầu dòng thứ 3 điểm b khoản 2 Mục II", exactly as the page's data-cite. */
  label: string;
  /** Numbers the clause text must contain, as written there ("15%"). */
  numbers: string[];
  /**
   * Only the clause's opening sentence applies (the roadmap sentence at the head of a
   * khoản): cited as "câu mở đầu …", and its numbers are looked for there alone.
   */
  opening?: boolean;
  /** Words a note quotes from the clause (“Mục 2 và điểm b Mục 3”); checked like the numbers. */
  quotes?: string[];
}

/** Why a figure is what it is: the rule in words, the arithmetic, every clause it applies, and the notes. */
export interface Explanation {
  rule: string;
  arithmetic: string;
  /** Every clause the figure rests on, the one stating its ratio first. */
  clauses: ClauseRef[];
  notes: string[];
}

export const clauseRef = (plan: string, anchor: string, label: string, numbers: string[], more: Pick<ClauseRef, 'opening' | 'quotes'> = {}): ClauseRef => ({
  plan,
  anchor,
  label,
  numbers,
  ...more,
});

export function clauseHref(clause: ClauseRef): string {
  return clausePath(clause.plan, clause.anchor);
}

/** How a figure cites the clause in words: the opening sentence of a khoản is named as such. */
export const citation = (clause: ClauseRef): string => (clause.opening ? `câu mở đầu ${clause.label}` : clause.label);

/** The clauses, each once, in first-cited order (for a printed report's "Căn cứ"). */
export function distinctClauses(clauses: readonly ClauseRef[]): ClauseRef[] {
  return [...new Map(clauses.map((c) => [`${c.plan}#${c.anchor}`, c])).values()];
}

/** The notes given, leaving out absent ones and repeats. */
export const notes = (...all: (string | undefined)[]): string[] => [...new Set(all.filter((n): n is string => Boolean(n)))];

/** Notes in one cell of a result file: each is a sentence, so they read one after another. */
export const joinNotes = (all: readonly string[]): string => all.join(' ');
