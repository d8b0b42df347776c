/** The "why" of one figure, per year or phase: the rule, the arithmetic, the clause, and any note. */
import { type Explanation, clauseHref } from '../../lib/rules/clause';

export function Explanations({ label, items }: { label: string; items: { heading: string; why: Explanation }[] }) {
  return (
    <details class="quota__why">
      <summary>Vì sao: {label}</summary>
      <ul>
        {items.map(({ heading, why }) => (
          <li key={heading}>
            <strong>{heading}:</strong> {why.rule} Phép tính: <code>{why.arithmetic}</code>.{' '}
            <a href={clauseHref(why.clause)}>Xem {why.clause.label}</a>
            {why.note && <p class="quota__note">Lưu ý: {why.note}</p>}
          </li>
        ))}
      </ul>
    </details>
  );
}
