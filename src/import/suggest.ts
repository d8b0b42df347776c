/**
 * Obligation suggestions for the draft, from the same detector the build's completeness
 * check uses (src/lib/obligations/detect.ts): every clause that names a body or a time is
 * either suggested as an obligation (with the lead, partners and deadline quoted from the
 * clause where its words give them) or, when it is only a heading naming a body, as not
 * one. Each suggestion is flagged for a person to confirm; with them the draft builds.
 * Quotes are taken word for word from the clause or a clause it sits in, as the build checks.
 */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { type ClauseInfo, structureClauses } from '../lib/clauses';
import { findAgencies } from '../lib/obligations/agency-match';
import { type ClauseContainer, type ClauseText, clauseNodes, clauseTexts } from '../lib/obligations/clause-text';
import { describeSignal } from '../lib/obligations/coverage';
import { type TaskSignal, taskSignals, timesIn } from '../lib/obligations/detect';

export interface SuggestedMark {
  id: string;
  lead?: string;
  partners?: string;
  deadline?: string;
}

export interface Suggestion {
  clause: ClauseText;
  /** What the detector found, in the words of the build's message. */
  why: string;
  mark?: SuggestedMark;
  /** A heading that only names a body: suggested as not an obligation, with this reason. */
  excuse?: string;
  hasBody: boolean;
  hasTime: boolean;
}

export const HEADING_EXCUSE = 'Đề mục chỉ nêu tên cơ quan; các nhiệm vụ của cơ quan là các ý bên dưới.';

const NUMBER_MARKER = /^\s*(?:[IVX]+\s*[.\-–]|\d+(?:\.\d+)*\.?|[a-zđ]\)|\(\d+\))\s+/u;
const trimEnd = (text: string) => text.trim().replace(/[\s.;,:]+$/u, '');
const ownWords = (text: string) => trimEnd(text.split('\n')[0]!.replace(NUMBER_MARKER, ''));

/** True when the text is nothing but agencies of the catalogue ("Sở Nội vụ", "Các sở, ban, ngành tỉnh"). */
const onlyAgencies = (text: string) => {
  const match = findAgencies(text);
  return match.agencies.length > 0 && match.unmatched.length === 0;
};

/** The longest run of first words that is only agencies: "Sở Nội vụ" of "Sở Nội vụ chủ trì, phối hợp …". */
function leadingAgencies(text: string): string | undefined {
  const words = text.split(/\s+/);
  for (let n = Math.min(words.length, 14); n > 0; n--) {
    const prefix = trimEnd(words.slice(0, n).join(' '));
    if (prefix && onlyAgencies(prefix)) return prefix;
  }
  return undefined;
}

/** The value of a labelled line: "Cơ quan chủ trì: Phòng Văn hoá - Xã hội;" gives "Phòng Văn hoá - Xã hội". */
function labelled(body: string, label: RegExp): string | undefined {
  for (const line of body.split('\n')) {
    const m = new RegExp(`^\\s*(?:${label.source})\\s*:\\s*(.+)$`, 'iu').exec(line);
    if (m?.[1]) return trimEnd(m[1]);
  }
  return undefined;
}

function leadOf(clause: ClauseText, chain: ClauseText[]): string | undefined {
  const named = labelled(clause.body, /Cơ quan chủ trì|Cơ quan thực hiện|Đơn vị chủ trì|Đơn vị thực hiện/);
  if (named && onlyAgencies(named)) return named;
  for (const c of [clause, ...chain]) {
    const own = ownWords(c.own);
    if (onlyAgencies(own)) return own;
    const leading = leadingAgencies(own);
    if (leading) return leading;
  }
  return undefined;
}

function deadlineOf(clause: ClauseText): string | undefined {
  const named = labelled(clause.body, /Thời gian thực hiện|Thời hạn hoàn thành|Thời hạn|Thời gian/);
  if (named && timesIn(named).length) return named;
  for (const m of clause.body.matchAll(/\(([^()]{3,120})\)/gu)) if (timesIn(m[1]!).length) return m[1]!.trim();
  const opening = /^([^,;:.]{3,80}),/u.exec(clause.own.replace(NUMBER_MARKER, ''));
  if (opening && timesIn(opening[1]!).length) return opening[1]!.trim();
  return timesIn(clause.body)[0];
}

function suggestionOf(signal: TaskSignal, byId: Map<string, ClauseText>, hasChildren: Set<string>): Suggestion {
  const { clause } = signal;
  const chain: ClauseText[] = [];
  for (let up = clause.parentId ? byId.get(clause.parentId) : undefined; up; up = up.parentId ? byId.get(up.parentId) : undefined) chain.push(up);
  const base = { clause, why: describeSignal(signal), hasBody: signal.bodies.length + signal.inherited.length > 0, hasTime: signal.times.length > 0 };
  if (hasChildren.has(clause.id) && clause.body.trim() === clause.own.trim() && onlyAgencies(ownWords(clause.own)) && !signal.times.length) {
    return { ...base, excuse: HEADING_EXCUSE };
  }
  const lead = leadOf(clause, chain);
  const named = labelled(clause.body, /Cơ quan phối hợp|Đơn vị phối hợp/);
  const partners = named && onlyAgencies(named) ? named : undefined;
  const deadline = signal.times.length ? deadlineOf(clause) : undefined;
  return { ...base, mark: { id: clause.id, ...(lead ? { lead } : {}), ...(partners ? { partners } : {}), ...(deadline ? { deadline } : {}) } };
}

/** The clauses of a body as the build structures them: outline, nodes by anchor, and what each says. */
export function bodyClauses(markdown: string): { outline: ClauseInfo[]; nodes: Map<string, ClauseContainer>; clauses: ClauseText[] } {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const outline = structureClauses(tree);
  const nodes = clauseNodes(tree);
  return { outline, nodes, clauses: clauseTexts(outline, nodes) };
}

export const SECTION_TASK = 'không nêu cơ quan hay thời gian, nhưng phần lớn các ý cùng mục là nhiệm vụ';

/**
 * Clauses the detector does not flag, in a section where most last-level clauses are
 * flagged: a list of tasks whose doer another clause names (Lai Châu Mục II). Suggested too,
 * so no task of such a list is left out of the register.
 */
function sectionTasks(outline: readonly ClauseInfo[], flagged: ReadonlySet<string>, hasChildren: ReadonlySet<string>): Set<string> {
  const leaves = outline.filter((c) => !hasChildren.has(c.id) && c.kind !== 'section');
  const bySection = new Map<string, ClauseInfo[]>();
  for (const c of leaves) bySection.set(c.id.split('-')[0]!, [...(bySection.get(c.id.split('-')[0]!) ?? []), c]);
  const extra = new Set<string>();
  for (const group of bySection.values()) {
    const marked = group.filter((c) => flagged.has(c.id)).length;
    if (group.length >= 2 && marked * 2 >= group.length) for (const c of group) if (!flagged.has(c.id)) extra.add(c.id);
  }
  return extra;
}

export function suggestObligations(outline: readonly ClauseInfo[], clauses: readonly ClauseText[]): Suggestion[] {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const hasChildren = new Set(outline.flatMap((c) => (c.parentId ? [c.parentId] : [])));
  const signals = new Map(taskSignals(clauses).map((signal) => [signal.clause.id, signal]));
  const extra = sectionTasks(outline, new Set(signals.keys()), hasChildren);
  return clauses.flatMap((clause) => {
    const signal = signals.get(clause.id) ?? (extra.has(clause.id) ? { clause, bodies: [], inherited: [], times: [] } : undefined);
    if (!signal) return [];
    const suggestion = suggestionOf(signal, byId, hasChildren);
    return [signals.has(clause.id) ? suggestion : { ...suggestion, why: SECTION_TASK }];
  });
}
