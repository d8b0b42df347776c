/**
 * What changed: plans by the date they were added to the site or last changed (their
 * `added` and `updated`), newest first, for the home page's "Mới cập nhật" list and the
 * Atom feed. Both show a few, never the collection.
 */
import type { PlanData } from './plan-schema';

type PlanEntry = { id: string; data: PlanData };

/** How many plans the home page lists, and how many entries the feed keeps. */
export const HOME_CHANGES = 5;
export const FEED_ENTRIES = 20;

/** "added" until the plan is changed after the day it was published. */
export function changeKind(plan: Pick<PlanData, 'added' | 'updated'>): 'added' | 'changed' {
  return plan.updated > plan.added ? 'changed' : 'added';
}

export const CHANGE_LABELS: Record<ReturnType<typeof changeKind>, string> = {
  added: 'Đăng mới',
  changed: 'Cập nhật',
};

/** The `limit` plans changed last (then added last, then by slug, so equal dates keep one order from build to build). */
export function latestChanges<P extends PlanEntry>(plans: readonly P[], limit: number): P[] {
  return [...plans]
    .sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime() || b.data.added.getTime() - a.data.added.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit);
}

/** The newest `updated` of the plans (the feed's own date); the Unix epoch when there are none, never the clock. */
export function lastChange(plans: readonly PlanEntry[]): Date {
  let last = 0;
  for (const plan of plans) last = Math.max(last, plan.data.updated.getTime());
  return new Date(last);
}
