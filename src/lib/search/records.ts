/**
 * Search records from a built plan page: one per clause (its own words, not its
 * sub-clauses'), linking straight to the clause anchor, plus one for the parts of
 * the document outside any clause (title, preamble, closing, recipients).
 */
import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser';
import { searchAliases } from './aliases';

export interface SearchRecord {
  url: string;
  content: string;
  language: 'vi';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}


function isSkipped(node: Node): boolean {
  if (node.nodeType !== NodeType.ELEMENT_NODE) return false;
  const classes = (node as HTMLElement).classList;
  return classes.contains('clause') || classes.contains('clause-tools');
}

/** Text of an element without its nested clauses and controls; blocks are separated by spaces. */
export function ownText(element: HTMLElement): string {
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
 * or an appendix row's group ("V ỦY BAN NHÂN DÂN CẤP XÃ"). Searched, not shown.
 */
function context(clause: HTMLElement): string[] {
  if (clause.tagName === 'TR') {
    const group = clause.parentNode?.querySelector('tr[data-clause]');
    return group && group !== clause ? [lead(group)] : [];
  }
  const leads: string[] = [];
  for (let node = clause.parentNode; node; node = node.parentNode) {
    if (node.hasAttribute?.('data-clause')) leads.unshift(lead(node));
  }
  return leads;
}

function record(url: string, text: string, clause: string, plan: HTMLElement, around: string[] = []): SearchRecord {
  const data = (name: string) => plan.getAttribute(`data-${name}`) ?? '';
  return {
    url,
    content: [text, ...around, ...searchAliases(`${clause} ${text} ${around.join(' ')}`)].join('\n'),
    language: 'vi',
    meta: { title: clause || data('doc-cite'), clause, plan: data('doc-cite'), text },
    filters: {
      // Keys are SEARCH_FILTER_KEYS (search-url.ts); values are the labels the page shows.
      'ke-hoach': [data('plan-label')],
      tinh: [data('province')],
      cap: [data('level')],
      nhom: [data('family')],
    },
  };
}

/** Records of one built plan page; `path` is its URL path, e.g. "/ke-hoach/thai-nguyen-128-kh-ubnd-2026/". */
export function planRecords(html: string, path: string): SearchRecord[] {
  const plan = parse(html).querySelector('[data-plan-text]');
  if (!plan) return [];
  const records = [record(path, ownText(plan), '', plan)];
  for (const clause of plan.querySelectorAll('[data-clause]')) {
    const text = ownText(clause);
    if (text) records.push(record(`${path}#${clause.getAttribute('data-clause')}`, text, clause.getAttribute('data-cite') ?? '', plan, context(clause)));
  }
  return records;
}
