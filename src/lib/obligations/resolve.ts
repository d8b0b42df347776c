/**
 * A plan's obligations, from its own content: every appendix row, and every task the
 * frontmatter marks under `obligations`. Checks that each mark names a clause that
 * exists and quotes it exactly, and that every agency is in the canonical list;
 * anything wrong stops the build with the plan, the clause id and the reason.
 */
import { appendixRowId, appendixRowLabel } from '../appendix';
import type { DirectingClause, ObligationMark, PlanAppendix } from '../plan-schema';
import { findAgencies } from './agency-match';
import { type BodyRef, type PlanJurisdictions, bodyOf } from './bodies';
import type { ClauseText } from './clause-text';
import { type Deadline, horizonDeadline, normaliseDeadline } from './deadline';

export interface AgencyRef {
  /** As the plan writes it; null when it names none. */
  text: string | null;
  /** The bodies it names, each a kind of agency (src/data/agencies.json) in one place (bodies.ts). */
  agencies: BodyRef[];
}

/** The clause that says who directs work the plan gives to no body, for a row with no lead. */
export interface DirectedBy {
  clauseId: string;
  clauseLabel: string;
  /** Its words, as written. */
  quote: string;
}

export interface Obligation {
  /** Stable id of the obligation's row in /nghia-vu/. */
  rowId: string;
  plan: string;
  clauseId: string;
  /** "điểm đ khoản 1 Mục V", "nhiệm vụ 2 nhóm III Phụ lục". */
  clauseLabel: string;
  /** Which of its clause's tasks this is (1-based), and how many the clause gives. */
  part: number;
  parts: number;
  /** The task in the plan's words (its opening words when long). */
  task: string;
  lead: AgencyRef;
  partners: AgencyRef;
  product: string | null;
  deadline: Deadline;
  /** Set when the row has no lead and the plan says elsewhere who directs such work. */
  directedBy: DirectedBy | null;
}

export class ObligationError extends Error {}

/**
 * The first task of a clause keeps the id links were published with, "nv-<plan>-<clause>";
 * a clause's further tasks add "-viec-<n>", which no clause id can contain ("viec" is no
 * part of the anchor grammar, links.md), so no row id can be read as another clause's.
 */
export function obligationRowId(plan: string, clauseId: string, part = 1): string {
  return `nv-${plan}-${clauseId}${part > 1 ? `-viec-${part}` : ''}`;
}

const spaces = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
const NUMBER_MARKER = /^\s*(?:[IVX]+\s*[.\-–]|\d+(?:\.\d+)*\.?|[a-zđ]\)|\(\d+\))\s+/u;
const TASK_WORDS = 40;

function taskText(words: string): string {
  const all = spaces(words).replace(NUMBER_MARKER, '').split(' ');
  return all.length <= TASK_WORDS ? all.join(' ') : `${all.slice(0, TASK_WORDS).join(' ')} …`;
}

export interface PlanObligationSource {
  plan: string;
  marks: readonly ObligationMark[];
  appendix: PlanAppendix | undefined;
  clauses: readonly ClauseText[];
  places: PlanJurisdictions;
  directing?: DirectingClause;
}

const FIELDS = { lead: 'cơ quan chủ trì', partners: 'cơ quan phối hợp', product: 'sản phẩm', deadline: 'thời hạn', horizon: 'mốc hướng tới', condition: 'điều kiện' } as const;

export function resolveObligations({ plan, marks, appendix, clauses, places, directing }: PlanObligationSource): Obligation[] {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const problems: string[] = [];
  const problem = (id: string, reason: string) => problems.push(`Kế hoạch "${plan}", nghĩa vụ "${id}": ${reason}`);

  const agencies = (id: string, field: string, text: string | undefined): AgencyRef => {
    if (!text) return { text: null, agencies: [] };
    const match = findAgencies(text);
    for (const part of match.unmatched) problem(id, `${field} "${part}" chưa có trong danh mục cơ quan (src/data/agencies.json, agency-aliases.json).`);
    return { text, agencies: match.agencies.map((kind) => bodyOf(kind, places)) };
  };

  let directedBy: DirectedBy | null = null;
  if (directing) {
    const clause = byId.get(directing.clause);
    if (!clause) problems.push(`Kế hoạch "${plan}", directingClause: không có điều khoản "${directing.clause}" trong văn bản.`);
    else if (!spaces(clause.full).includes(spaces(directing.quote))) {
      problems.push(`Kế hoạch "${plan}", directingClause: "${directing.quote}" không có nguyên văn trong ${clause.label}.`);
    } else directedBy = { clauseId: clause.id, clauseLabel: clause.label, quote: directing.quote };
  }
  const withDirection = (row: Omit<Obligation, 'directedBy'>): Obligation => ({ ...row, directedBy: row.lead.agencies.length ? null : directedBy });

  const obligations: Obligation[] = [];
  for (const group of appendix?.groups ?? []) {
    for (const row of group.rows) {
      const id = appendixRowId(group.numeral, row.n);
      obligations.push(
        withDirection({
          rowId: obligationRowId(plan, id),
          plan,
          clauseId: id,
          clauseLabel: appendixRowLabel(group.numeral, row.n),
          part: 1,
          parts: 1,
          task: row.task,
          lead: agencies(id, 'cơ quan chủ trì', group.name),
          partners: agencies(id, 'cơ quan phối hợp', row.partners),
          product: row.product,
          deadline: normaliseDeadline(row.deadline),
        }),
      );
    }
  }

  for (const mark of marks) {
    const clause = byId.get(mark.id);
    if (mark.id.startsWith('pl-')) {
      problem(mark.id, 'dòng phụ lục đã là một nghĩa vụ, không khai lại trong "obligations".');
      continue;
    }
    if (!clause) {
      problem(mark.id, 'không có điều khoản nào mang mã này trong văn bản.');
      continue;
    }
    // A quote may come from the clause or from a clause it sits in ("1. Sở Nội vụ" above "đ) Định kỳ …").
    const where = [spaces(clause.full)];
    for (let up = clause.parentId ? byId.get(clause.parentId) : undefined; up; up = up.parentId ? byId.get(up.parentId) : undefined) {
      where.push(spaces(up.own));
    }
    for (const [field, name] of Object.entries(FIELDS) as [keyof typeof FIELDS, string][]) {
      const quote = mark[field];
      if (quote && !where.some((text) => text.includes(spaces(quote)))) {
        problem(mark.id, `${name} "${quote}" không có nguyên văn trong điều khoản này hay điều khoản chứa nó.`);
      }
    }
    if (mark.task && !spaces(clause.full).includes(spaces(mark.task))) problem(mark.id, `nhiệm vụ "${mark.task}" không có nguyên văn trong điều khoản này.`);
    const sameClause = marks.filter((m) => m.id === mark.id);
    const deadline = mark.horizon ? horizonDeadline(mark.horizon) : normaliseDeadline(mark.deadline);
    obligations.push(
      withDirection({
        rowId: obligationRowId(plan, mark.id, sameClause.indexOf(mark) + 1),
        plan,
        clauseId: mark.id,
        clauseLabel: clause.label,
        part: sameClause.indexOf(mark) + 1,
        parts: sameClause.length,
        // Under a heading that only names who does it ("2. Sở Nội vụ"), the task is the paragraph after it.
        task: taskText(mark.task ?? clause.afterHeading ?? clause.own),
        lead: agencies(mark.id, 'cơ quan chủ trì', mark.lead),
        partners: agencies(mark.id, 'cơ quan phối hợp', mark.partners),
        product: mark.product ?? null,
        deadline: mark.condition ? withCondition(deadline, mark.condition) : deadline,
      }),
    );
  }
  if (problems.length) throw new ObligationError(problems.join('\n'));
  return obligations;
}

/** A condition kept beside the deadline; with no deadline, the condition is the whole of it. */
function withCondition(deadline: Deadline, condition: string): Deadline {
  const words = condition.trim().replace(/[.;,]+$/, '');
  return deadline.kind === 'unstated' ? { text: '', kind: 'conditional', condition: words } : { ...deadline, condition: words };
}
