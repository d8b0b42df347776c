/** The "why" of one figure, per year or phase: the rule, the arithmetic, every clause it applies, and the notes. */
import { type ClauseRef, type Explanation, citation, clauseHref } from '../../lib/rules/clause';

/** Links to clauses, in the order given, separated as a list of citations is. */
export function ClauseLinks({ clauses }: { clauses: readonly ClauseRef[] }) {
  return (
    <>
      {clauses.map((clause, i) => (
        <span key={`${clause.plan}#${clause.anchor}`}>
          {i > 0 && '; '}
          <a href={clauseHref(clause)}>{citation(clause)}</a>
        </span>
      ))}
    </>
  );
}

/** Notes shown beside a figure, each a paragraph of its own. */
export function Notes({ notes }: { notes: readonly string[] }) {
  return <>{notes.map((note) => <p class="tool__note" key={note}>Lưu ý: {note}</p>)}</>;
}

export function Explanations({ label, items }: { label: string; items: { heading: string; why: Explanation }[] }) {
  return (
    <details class="tool__why">
      <summary>Vì sao: {label}</summary>
      <ul>
        {items.map(({ heading, why }) => (
          <li key={heading}>
            <strong>{heading}:</strong> {why.rule} Phép tính: <code>{why.arithmetic}</code>. Căn cứ: <ClauseLinks clauses={why.clauses} />.
            <Notes notes={why.notes} />
          </li>
        ))}
      </ul>
    </details>
  );
}
