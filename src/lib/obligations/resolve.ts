/**
 * A plan's obligations, from its own content: every appendix row, and every clause
 * the frontmatter marks under `obligations`. Checks that each mark names a clause
 * that exists and quotes it exactly, and that every agency is in the canonical list;
 * anything wrong stops the build with the plan, the clause id and the reason.
 */
import { appendixRowId, appendixRowLabel } from '../appendix';
import type { ObligationMark, PlanAppendix } from '../plan-schema';
import { findAgencies } from './agencies';
import { type Deadline, normaliseDeadline } from './deadline';

/** What the obligation check needs to know of one clause of the built plan. */
export interface ClauseText {
  id: string;
  label: string;
  parentId: string | null;
  /** The clause's first block (heading or opening paragraph). */
  own: string;
  /** All its text, sub-clauses included. */
  full: string;
}

export interface AgencyRef {
  /** As the plan writes it; null when it names none. */
  text: string | null;
  /** Canonical agency ids (src/data/agencies.json). */
  agencies: string[];
}

export interface Obligation {
  /** Stable id of the obligation's row in /nghia-vu/. */
  rowId: string;
  plan: string;
  clauseId: string;
  /** "điểm đ khoản 1 Mục V", "nhiệm vụ 2 nhóm III Phụ lục". */
  clauseLabel: string;
  /** The task in the plan's words (its opening words when long). */
  task: string;
  lead: AgencyRef;
  partners: AgencyRef;
  product: string | null;
  deadline: Deadline;
}

export class ObligationError extends Error {}

export function obligationRowId(plan: string, clauseId: string): string {
  return `nv-${plan}-${clauseId}`;
}

const spaces = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
const NUMBER_MARKER = /^\s*(?:[IVX]+\s*[.\-–]|\d+(?:\.\d+)*\.?|[a-zđ]\)|\(\d+\))\s+/u;
const TASK_WORDS = 40;

function taskText(own: string): string {
  const words = spaces(own).replace(NUMBER_MARKER, '').split(' ');
  return words.length <= TASK_WORDS ? words.join(' ') : `${words.slice(0, TASK_WORDS).join(' ')} …`;
}

export function resolveObligations(
  plan: string,
  marks: readonly ObligationMark[],
  appendix: PlanAppendix | undefined,
  clauses: readonly ClauseText[],
): Obligation[] {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const problems: string[] = [];
  const problem = (id: string, reason: string) => problems.push(`Kế hoạch "${plan}", nghĩa vụ "${id}": ${reason}`);

  const agencies = (id: string, field: string, text: string | undefined): AgencyRef => {
    if (!text) return { text: null, agencies: [] };
    const match = findAgencies(text);
    for (const part of match.unmatched) problem(id, `${field} "${part}" chưa có trong danh mục cơ quan (src/data/agencies.json).`);
    return { text, agencies: match.agencies };
  };

  const obligations: Obligation[] = [];
  for (const group of appendix?.groups ?? []) {
    for (const row of group.rows) {
      const id = appendixRowId(group.numeral, row.n);
      obligations.push({
        rowId: obligationRowId(plan, id),
        plan,
        clauseId: id,
        clauseLabel: appendixRowLabel(group.numeral, row.n),
        task: row.task,
        lead: agencies(id, 'cơ quan chủ trì', group.name),
        partners: agencies(id, 'cơ quan phối hợp', row.partners),
        product: row.product,
        deadline: normaliseDeadline(row.deadline),
      });
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
    const fields = { lead: 'cơ quan chủ trì', partners: 'cơ quan phối hợp', product: 'sản phẩm', deadline: 'thời hạn' } as const;
    for (const [field, name] of Object.entries(fields) as [keyof typeof fields, string][]) {
      const quote = mark[field];
      if (quote && !where.some((text) => text.includes(spaces(quote)))) {
        problem(mark.id, `${name} "${quote}" không có nguyên văn trong điều khoản này hay điều khoản chứa nó.`);
      }
    }
    obligations.push({
      rowId: obligationRowId(plan, mark.id),
      plan,
      clauseId: mark.id,
      clauseLabel: clause.label,
      task: taskText(clause.own),
      lead: agencies(mark.id, 'cơ quan chủ trì', mark.lead),
      partners: agencies(mark.id, 'cơ quan phối hợp', mark.partners),
      product: mark.product ?? null,
      deadline: normaliseDeadline(mark.deadline),
    });
  }
  if (problems.length) throw new ObligationError(problems.join('\n'));
  return obligations;
}
