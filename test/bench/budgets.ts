/**
 * Budgets benchmark (prints numbers; no pass/fail — the JS budgets are enforced in
 * test/site/js-budget.test.ts, Lighthouse in test/bench/lighthouse.ts, both in npm test):
 * JavaScript before interaction per page type, and build time for the five plans (a
 * generated collection of thousands: test/bench/scale.ts).
 * Targets (issue 7): plan page JS ≤ 20 KB and calculator ≤ 60 KB gzip.
 * Run: npm run build && npm run bench:budgets
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { buildSeconds } from '../support/build-site';
import { LIGHTHOUSE_PAGES } from '../support/lighthouse';
import { initialJs } from '../support/page-js';

it('budgets', async () => {
  console.log('JavaScript before interaction (gzip):');
  for (const page of [...LIGHTHOUSE_PAGES, '/ke-hoach/', '/nghia-vu/']) {
    const { gzipBytes, files } = initialJs(page);
    console.log(`  ${page}: ${(gzipBytes / 1024).toFixed(1)} KB in ${files.length} files`);
  }

  const scratch = mkdtempSync(join(tmpdir(), 'budgets-'));
  try {
    const five = await buildSeconds({}, join(scratch, 'dist-five'));
    console.log(`Build time, five plans: ${five.toFixed(1)} s (a generated collection: npm run bench:scale)`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}, 3_600_000);
