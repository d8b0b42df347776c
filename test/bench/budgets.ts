/**
 * Budgets benchmark (prints numbers; no pass/fail — the JS budgets are enforced in
 * test/site/js-budget.test.ts, Lighthouse in test/bench/lighthouse.ts, both in npm test):
 * JavaScript before interaction per page type, and build time for the five plans and for
 * a generated corpus of 3,000 plans.
 * Targets (issue 7): plan page JS ≤ 20 KB and calculator ≤ 60 KB gzip; 3,000 plans built
 * in ≤ 5 minutes.
 * Run: npm run build && npm run bench:budgets (BENCH_PLANS=300 for a quicker corpus).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { buildSeconds } from '../support/build-site';
import { LIGHTHOUSE_PAGES } from '../support/lighthouse';
import { initialJs } from '../support/page-js';
import { generatePlanSources } from './generate-corpus';

it('budgets', async () => {
  console.log('JavaScript before interaction (gzip):');
  for (const page of [...LIGHTHOUSE_PAGES, '/ke-hoach/', '/nghia-vu/']) {
    const { gzipBytes, files } = initialJs(page);
    console.log(`  ${page}: ${(gzipBytes / 1024).toFixed(1)} KB in ${files.length} files`);
  }

  const scratch = mkdtempSync(join(tmpdir(), 'budgets-'));
  try {
    // Plans must sit under a content/plans/ folder: the clause plugin works on those files only.
    const plans = Number(process.env.BENCH_PLANS ?? 3000);
    const corpus = join(scratch, 'content', 'plans');
    generatePlanSources(corpus, plans);
    const started = performance.now();
    const synthetic = await buildSeconds({ PLANS_DIR: corpus }, join(scratch, 'dist-synthetic')).then(
      (seconds) => `${seconds.toFixed(1)} s (${(seconds / 60).toFixed(1)} min)`,
      (error: { stdout?: string; stderr?: string }) =>
        `FAILED after ${((performance.now() - started) / 1000).toFixed(0)} s: ${`${error.stdout}\n${error.stderr}`.split('\n').find((line) => /\[ERROR\]/.test(line)) ?? String(error)}`,
    );
    // Last, so the content cache holds the real plans again afterwards.
    const five = await buildSeconds({}, join(scratch, 'dist-five'));
    console.log(`Build time: five plans ${five.toFixed(1)} s; ${plans} generated plans ${synthetic}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}, 3_600_000);
