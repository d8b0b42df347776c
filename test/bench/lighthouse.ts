/**
 * Lighthouse budget (issue 7), run by npm test after the other tests so nothing else
 * competes for the machine: prints the four scores per page type and fails when any
 * category is under 95 (best of up to five runs; see test/support/lighthouse.ts).
 * Run alone: npm run build && npm run bench:lighthouse
 */
import { expect, it } from 'vitest';
import { CATEGORIES, LIGHTHOUSE_BUDGET, LIGHTHOUSE_PAGES, lighthouseScores } from '../support/lighthouse';
import { startStaticServer } from '../support/static-server';

it('every page type scores at least 95 in each Lighthouse category (mobile)', async () => {
  const { server, origin } = await startStaticServer();
  const under: string[] = [];
  try {
    console.log(`Lighthouse, mobile preset (${CATEGORIES.join(' / ')}):`);
    for (const page of LIGHTHOUSE_PAGES) {
      const { scores, runs } = await lighthouseScores(`${origin}${page}`);
      console.log(`  ${page}: ${CATEGORIES.map((c) => scores[c]).join(' / ')}${runs > 1 ? ` (best of ${runs} runs)` : ''}`);
      under.push(...CATEGORIES.filter((c) => scores[c] < LIGHTHOUSE_BUDGET).map((c) => `${page} ${c} ${scores[c]}`));
    }
  } finally {
    server.close();
  }
  expect(LIGHTHOUSE_PAGES).toHaveLength(5);
  expect(under).toEqual([]);
});
