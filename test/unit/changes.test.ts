/** What changed: the latest plans for the home page and the Atom feed (build/feed.test.ts), in a fixed order and without the clock. */
import { describe, expect, it } from 'vitest';
import { changeKind, lastChange, latestChanges } from '../../src/lib/changes';
import { planSchema } from '../../src/lib/plan-schema';
import { valid } from '../support/plan-fixture';

const base = planSchema.parse(valid);
const plan = (id: string, added: string, updated: string) => ({ id, data: { ...base, added: new Date(added), updated: new Date(updated) } });

describe('latestChanges', () => {
  const plans = [plan('c', '2026-11-01', '2026-11-01'), plan('a', '2026-11-22', '2026-11-22'), plan('b', '2026-10-01', '2026-11-22'), plan('d', '2026-11-05', '2026-11-05')];

  it('puts the last changed first, then the last added, then by slug, and keeps only the limit', () => {
    expect(latestChanges(plans, 3).map((p) => p.id)).toEqual(['a', 'b', 'd']);
    expect(latestChanges([...plans].reverse(), 10).map((p) => p.id)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('tells a plan added from one changed after it was added', () => {
    expect(changeKind(plans[1]!.data)).toBe('added');
    expect(changeKind(plans[2]!.data)).toBe('changed');
  });

  it('dates the feed by its newest plan, never by the clock', () => {
    expect(lastChange(plans).toISOString()).toBe('2026-11-22T00:00:00.000Z');
    expect(lastChange([]).getTime()).toBe(0);
  });
});
