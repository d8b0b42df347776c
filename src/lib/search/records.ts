/**
 * What the search index sees of a built plan page: one document per plan, in which
 * every clause is a heading carrying its anchor, followed by its own words (not its
 * sub-clauses'), then words it is searched by but that are not shown (its parents'
 * leads, đ-less forms, abbreviations). Pagefind turns each heading into a
 * sub-result linking straight to the clause. The hidden words sit in an element
 * with an id, so Pagefind records where they start among the page's anchors and the
 * search page can cut each clause's own text out of the indexed content (rank.ts).
 * Nothing hidden goes into metadata: since Pagefind 1.5 every metadata field is
 * searchable, and a JSON of word counts there made "278" find a plan.
 *
 * The same reading gives the plan's words for the nationwide bundle (`planWordUses`,
 * nationwide.ts), which finds plans.
 */
import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser';
import { searchAliases } from './aliases';

function isSkipped(node: Node): boolean {
  if (node.nodeType !== NodeType.ELEMENT_NODE) return false;
  const classes = (node as HTMLElement).classList;
  return classes.contains('clause') || classes.contains('clause-tools') || classes.contains('not-plan-text');
}

/** Text of an element without its nested clauses and controls; blocks are separated by spaces. */
function ownText(element: HTMLElement): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) parts.push(node.text);
    else if (node.nodeType === NodeType.ELEMENT_NODE) {
      parts.push(' ');
      for (const child of node.childNodes) if (!isSkipped(child)) walk(child);
      parts.push(' ');
    }
  };
  for (const child of element.childNodes) if (!isSkipped(child)) walk(child);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The first block of a clause: its heading or opening sentence, at most `words` words. */
function lead(clause: HTMLElement, words = 30): string {
  const first = clause.tagName === 'TR' ? clause : clause.childNodes.find((n) => n.nodeType === NodeType.ELEMENT_NODE && !isSkipped(n));
  const text = first ? ownText(first as HTMLElement) : '';
  return text.split(' ').slice(0, words).join(' ');
}

/**
 * What a clause is about, from the clauses around it: the leads of its parent
 * clauses ("b) … lãnh đạo, quản lý các cấp:" above "Tối thiểu là 20% ở cấp xã"),
 * or an appendix row's group ("V ỦY BAN NHÂN DÂN CẤP XÃ").
 */
function context(clause: HTMLElement): string[] {
  if (clause.tagName === 'TR') {
    const group = clause.parentNode?.querySelector('tr[data-clause]');
    return group && group !== clause ? [lead(group)] : [];
  }
  // The nearest two parents are enough to name what a clause is about; more would
  // repeat the same words under every clause and slow searching a large collection.
  const leads: string[] = [];
  for (let node = clause.parentNode; node && leads.length < 2; node = node.parentNode) {
    if (node.hasAttribute?.('data-clause')) leads.unshift(lead(node, 25));
  }
  return leads;
}

const SHORT_CLAUSE_WORDS = 40;

/** Words as Pagefind counts them in its content: separated by white space. */
const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface SearchDocument {
  url: string;
  html: string;
}

export interface PlanSearchDocuments {
  /** The plan's province, as the plan names it (one of PROVINCES). */
  province: string;
  clauses: number;
  /** For the province's bundle: one sub-result per clause. */
  clauseDocument: SearchDocument;
  /** For the nationwide bundle: the plan's distinct words and how often it uses them (nationwide.ts). */
  planWords: PlanWords;
}

/** Id of the element holding a part's hidden words; any id makes Pagefind record where it starts. */
const HIDDEN_ID = 'tk';

/** Both search documents for one built plan page; `path` is its URL path, e.g. "/ke-hoach/<slug>/". */
export function planSearchDocuments(pageHtml: string, path: string): PlanSearchDocuments | null {
  const plan = parse(pageHtml).querySelector('[data-plan-text]');
  if (!plan) return null;
  const data = (name: string) => plan.getAttribute(`data-${name}`) ?? '';
  const body: string[] = [];
  const texts: string[] = [];
  const planText = ownText(plan);
  texts.push(planText);
  const planAliases = searchAliases(planText);
  const aliases = new Set(planAliases);
  body.push(`<p>${escapeHtml(planText)}</p><p id="${HIDDEN_ID}">${escapeHtml(planAliases.join(' '))}</p>`);
  let clauses = 0;
  for (const clause of plan.querySelectorAll('[data-clause]')) {
    const id = clause.getAttribute('data-clause')!;
    const label = clause.getAttribute('data-cite') ?? id;
    const text = ownText(clause);
    if (!text) continue;
    clauses++;
    texts.push(text);
    // A short clause ("Tối thiểu là 20% ở cấp xã …") is found by its parents' words too.
    const around = countWords(text) < SHORT_CLAUSE_WORDS ? context(clause) : [];
    const clauseAliases = searchAliases(`${label} ${text} ${around.join(' ')}`);
    for (const alias of clauseAliases) aliases.add(alias);
    const hidden = [...around, ...clauseAliases].join(' ');
    body.push(`<h6 id="${escapeHtml(id)}">${escapeHtml(label)}</h6><p>${escapeHtml(text)}</p><p id="${HIDDEN_ID}">${escapeHtml(hidden)}</p>`);
  }
  const title = data('doc-cite');
  // Filter keys are SEARCH_FILTER_KEYS (search-url.ts); values are the labels the page shows.
  const filters = { 'ke-hoach': data('plan-label'), tinh: data('province'), cap: data('level'), nhom: data('family') };
  return {
    province: filters.tinh,
    clauses,
    clauseDocument: { url: path, html: searchDocumentHtml(title, filters, body.join('\n')) },
    planWords: { url: path, title, filters, ...planWordUses([title, ...texts], [...aliases]) },
  };
}

/** A document for Pagefind: `content` (HTML) indexed, the title as its title, the filters beside it. */
export function searchDocumentHtml(title: string, filters: Record<string, string>, content: string): string {
  const filterSpans = Object.entries(filters).map(([k, v]) => `<span data-pagefind-filter="${k}" hidden>${escapeHtml(v)}</span>`).join('');
  // Filters sit outside the indexed body: inside it, their text would join the content.
  return `<!doctype html><html lang="vi"><head><title>${escapeHtml(title)}</title>
</head><body>${filterSpans}<main data-pagefind-body>
${content}
</main></body></html>`;
}

/** A word as Pagefind reads it from text: split at white space, without the punctuation around it, in lower case. */
function indexedWord(token: string): string {
  return token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').normalize('NFC').toLocaleLowerCase('vi');
}

/** A plan's words for the nationwide bundle (nationwide.ts): how often it uses each, and its length in words. */
export interface PlanWords {
  url: string;
  title: string;
  filters: Record<string, string>;
  /** Each distinct word as Pagefind reads it (as written, lower case) → how many times the plan uses it. */
  uses: Map<string, number>;
  /** Words in the plan's text. */
  length: number;
}

/**
 * Each distinct word of `texts` with how often it is used, as written (Pagefind folds tone
 * marks itself and keeps the accented forms as variants), plus `aliases` (đ-less forms,
 * abbreviations), counted once unless the text has them.
 */
export function planWordUses(texts: string[], aliases: string[]): { uses: Map<string, number>; length: number } {
  const uses = new Map<string, number>();
  let length = 0;
  for (const text of texts) {
    for (const token of text.split(/\s+/)) {
      const word = indexedWord(token);
      if (!word) continue;
      uses.set(word, (uses.get(word) ?? 0) + 1);
      length++;
    }
  }
  for (const alias of aliases) {
    for (const token of alias.split(/\s+/)) {
      const word = indexedWord(token);
      if (word && !uses.has(word)) uses.set(word, 1);
    }
  }
  return { uses, length };
}
