/**
 * The register holds every task: each clause that names a body or a time (detect.ts) is
 * either marked as an obligation or listed as not one, with the reason, in the plan's
 * frontmatter. What is neither, and an excuse that names no such clause or points at a
 * row that does not exist, is reported in Vietnamese with the plan and the clause; the
 * build stops on it (remark.ts).
 */
import type { NotObligation, ObligationMark, PlanAppendix } from '../plan-schema';
import { appendixRowId } from '../appendix';
import type { ClauseText } from './clause-text';
import { type TaskSignal, taskSignals } from './detect';

export interface CoverageSource {
  plan: string;
  clauses: readonly ClauseText[];
  marks: readonly ObligationMark[];
  excuses: readonly NotObligation[];
  appendix: PlanAppendix | undefined;
}

const quoted = (items: string[]) => items.map((item) => `“${item}”`).join(', ');

/** What a clause was found to name, in words: "nêu cơ quan “Sở …” (ở khoản 1 Mục V) và thời gian “hằng năm”". */
export function describeSignal(signal: TaskSignal): string {
  const parts: string[] = [];
  const bodies = signal.bodies.length ? [quoted(signal.bodies)] : [];
  for (const { bodies: up, from } of signal.inherited) bodies.push(`${quoted(up)} (ở ${from.label})`);
  if (bodies.length) parts.push(`cơ quan ${bodies.join(', ')}`);
  if (signal.times.length) parts.push(`thời gian ${quoted(signal.times)}`);
  return `nêu ${parts.join(' và ')}`;
}

export function coverageProblems({ plan, clauses, marks, excuses, appendix }: CoverageSource): string[] {
  const where = (clause: ClauseText) => `Kế hoạch "${plan}", điều khoản "${clause.id}" (${clause.label})`;
  const marked = new Set(marks.map((m) => m.id));
  const excused = new Set(excuses.flatMap((e) => e.clauses));
  const signals = taskSignals(clauses);
  const problems = signals
    .filter(({ clause }) => !marked.has(clause.id) && !excused.has(clause.id))
    .map(
      (signal) =>
        `${where(signal.clause)}: ${describeSignal(signal)} nhưng chưa được ghi là nghĩa vụ (obligations) hay khai là không phải nghĩa vụ (notObligations) kèm lý do.`,
    );

  const flagged = new Set(signals.map((s) => s.clause.id));
  const rows = new Set([...marked, ...(appendix?.groups ?? []).flatMap((g) => g.rows.map((r) => appendixRowId(g.numeral, r.n)))]);
  const byId = new Map(clauses.map((c) => [c.id, c]));
  for (const { clauses: ids, sameAs } of excuses) {
    for (const id of ids) {
      const clause = byId.get(id);
      if (!clause) problems.push(`Kế hoạch "${plan}", notObligations: không có điều khoản "${id}" trong văn bản.`);
      // An excuse for a clause that names neither body nor time is noise, and hides a later change of the text.
      else if (!flagged.has(id)) problems.push(`${where(clause)}: không nêu cơ quan hay thời gian nào, không cần khai trong notObligations.`);
    }
    if (sameAs && !rows.has(sameAs)) {
      problems.push(`Kế hoạch "${plan}", notObligations: sameAs "${sameAs}" không phải một nghĩa vụ của kế hoạch (obligations hay dòng phụ lục).`);
    }
  }
  return problems;
}
