/** The head of a printed report: the rules applied, the date, and the clauses the figures rest on. */
import { formatDate } from '../../lib/core/vi-format';
import { today } from '../../lib/core/dates';
import { type ClauseRef, distinctClauses } from '../../lib/rules/clause';

export function PrintHead({ rules, clauses }: { rules: string; clauses: readonly ClauseRef[] }) {
  return (
    <div class="print-only tool__print-head">
      <p>Bộ quy tắc: {rules}. Ngày tính: {formatDate(today())}.</p>
      <p>Căn cứ: {distinctClauses(clauses).map((c) => `${c.label} (/ke-hoach/${c.plan}/#${c.anchor})`).join('; ')}.</p>
    </div>
  );
}
