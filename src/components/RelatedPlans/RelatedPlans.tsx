/** A plan's related plans: the closest few by name, then links to the filtered plan list for the rest. */
import type { RelatedPlans as Related } from '../../lib/plan-list';
import { formatNumber } from '../../lib/core/vi-format';

export function RelatedPlanList({ related }: { related: Related }) {
  return (
    <>
      <ul>
        {related.shown.map((r) => (
          <li key={r.href}><a href={r.href}>{r.citation}</a> — {r.reasons.join('; ')}</li>
        ))}
      </ul>
      {related.browse.length > 0 && (
        <p>
          Còn {formatNumber(related.total - related.shown.length)} kế hoạch liên quan khác:{' '}
          {related.browse.map((b, i) => (
            <span key={b.href}>{i > 0 && '; '}<a href={b.href}>{b.label}</a></span>
          ))}.
        </p>
      )}
    </>
  );
}
