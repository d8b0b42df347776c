/** One plan in a list: citation, subject, tags, related plans. Used by Astro pages and the filter island. */
import { provinceLabel } from '../../lib/plan-format';
import type { PlanSummary } from '../../lib/plan-list';
import { RelatedPlanList } from '../RelatedPlans/RelatedPlans';

interface Props {
  plan: PlanSummary;
  /** The card title's heading level, one below the list's own heading. */
  headingLevel: 2 | 3;
  showRelated?: boolean;
}

export function PlanCard({ plan, headingLevel, showRelated = true }: Props) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article class="plan-card">
      <Heading class="plan-card__title">
        <a href={plan.href}>{plan.citation}</a>
      </Heading>
      <p class="plan-card__subject">{plan.title}</p>
      <p class="plan-card__tags">
        <span class="tag">{provinceLabel(plan)}</span>
        <span class="tag">{plan.levelLabel}</span>
        <span class="tag">{plan.familyLabel}</span>
        <span class="tag plan-card__status">{plan.status}</span>
      </p>
      {showRelated && plan.related.total > 0 && (
        <details class="plan-card__related">
          <summary>Kế hoạch liên quan ({plan.related.total})</summary>
          <RelatedPlanList related={plan.related} />
        </details>
      )}
    </article>
  );
}
