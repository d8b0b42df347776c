/**
 * What the search index sees of a built plan page: one document per plan, in which
 * every clause is a heading carrying its anchor, followed by its own words (not its
 * sub-clauses'), then words it is searched by but that are not shown (its parents'
 * leads, đ-less forms, abbreviations). Pagefind turns each heading into a
 * sub-result linking straight to the clause. The document's metadata gives the
 * number of words of each clause's own text, so the search page can cut the clean
 * text out of the indexed content for excerpts (see rank.ts).
 */
import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser';
import { searchAliases } from './aliases';

function isSkipped(node: Node): boolean {
  if (node.nodeType !== NodeType.ELEMENT_NODE) return false;
  const classes = (node as HTMLElement).classList;
  return classes.contains('clause') || classes.contains('clause-tools');
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

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface SearchDocument {
  url: string;
  html: string;
  clauses: number;
}

/** The document to index for one built plan page; `path` is its URL path, e.g. "/ke-hoach/<slug>/". */
export function planSearchDocument(pageHtml: string, path: string): SearchDocument | null {
  const plan = parse(pageHtml).querySelector('[data-plan-text]');
  if (!plan) return null;
  const data = (name: string) => plan.getAttribute(`data-${name}`) ?? '';
  const wordCounts: Record<string, number> = {};
  const body: string[] = [];
  const planText = ownText(plan);
  wordCounts[''] = countWords(planText);
  body.push(`<p>${escapeHtml(planText)}</p><p>${escapeHtml(searchAliases(planText).join(' '))}</p>`);
  for (const clause of plan.querySelectorAll('[data-clause]')) {
    const id = clause.getAttribute('data-clause')!;
    const label = clause.getAttribute('data-cite') ?? id;
    const text = ownText(clause);
    if (!text) continue;
    wordCounts[id] = countWords(text);
    // A short clause ("Tối thiểu là 20% ở cấp xã …") is found by its parents' words too.
    const around = wordCounts[id] < SHORT_CLAUSE_WORDS ? context(clause) : [];
    const hidden = [...around, ...searchAliases(`${label} ${text} ${around.join(' ')}`)].join(' ');
    body.push(`<h6 id="${escapeHtml(id)}">${escapeHtml(label)}</h6><p>${escapeHtml(text)}</p><p>${escapeHtml(hidden)}</p>`);
  }
  // Filter keys are SEARCH_FILTER_KEYS (search-url.ts); values are the labels the page shows.
  const filters = { 'ke-hoach': data('plan-label'), tinh: data('province'), cap: data('level'), nhom: data('family') };
  const html = `<!doctype html><html lang="vi"><head><title>${escapeHtml(data('doc-cite'))}</title>
</head><body><main data-pagefind-body>
<span data-pagefind-meta="words[data-words]" data-words="${escapeHtml(JSON.stringify(wordCounts))}" hidden></span>
${Object.entries(filters).map(([k, v]) => `<span data-pagefind-filter="${k}" hidden>${escapeHtml(v)}</span>`).join('')}
${body.join('\n')}
</main></body></html>`;
  return { url: path, html, clauses: Object.keys(wordCounts).length - 1 };
}
