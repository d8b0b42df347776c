/** The "why" of one figure for 2030 and 2035: the rule, the arithmetic, the clause, and any note. */
import type { Figure, Year } from '../../lib/quota/engine';
import { clauseHref } from '../../lib/rules/clause';

export function Explanations({ label, figures }: { label: string; figures: Record<Year, Figure> }) {
  return (
    <details class="quota__why">
      <summary>Vì sao: {label}</summary>
      <ul>
        {([2030, 2035] as Year[]).map((year) => {
          const { why } = figures[year];
          return (
            <li key={year}>
              <strong>Năm {year}:</strong> {why.rule} Phép tính: <code>{why.arithmetic}</code>.{' '}
              <a href={clauseHref(why.clause)}>Xem {why.clause.label}</a>
              {why.note && <p class="quota__note">Lưu ý: {why.note}</p>}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
