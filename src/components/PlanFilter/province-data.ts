/** Fetches a province's plans (/ke-hoach/tinh/<slug>.json) once per page view, when a filter needs them. */
import { provinceDataPath } from '../../lib/core/paths';
import { type PlanSummary, type ProvincePlans } from '../../lib/plan-list';

const loaded = new Map<string, Promise<PlanSummary[]>>();

export function provincePlans(slug: string): Promise<PlanSummary[]> {
  let plans = loaded.get(slug);
  if (!plans) {
    plans = fetch(provinceDataPath(slug))
      .then((response) => {
        if (!response.ok) throw new Error(`${provinceDataPath(slug)}: ${response.status}`);
        return response.json() as Promise<ProvincePlans>;
      })
      .then((data) => data.plans);
    // A failed fetch (offline, a deploy in between) is tried again next time, not remembered.
    plans.catch(() => loaded.delete(slug));
    loaded.set(slug, plans);
  }
  return plans;
}
