/**
 * Budgets benchmark (prints numbers; no pass/fail — the JS budgets are enforced in
 * test/site/js-budget.test.ts): Lighthouse scores (mobile preset, Debian Chromium) per
 * page type, JavaScript before interaction per page type, and build time for the five
 * plans and for a generated corpus of 3,000 plans.
 * Targets (issue 7): each Lighthouse category ≥ 95; plan page JS ≤ 20 KB and calculator
 * ≤ 60 KB gzip; 3,000 plans built in ≤ 5 minutes.
 * Run: npm run build && npm run bench:budgets (BENCH_PLANS=300 for a quicker corpus).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { CHROMIUM_PATH } from '../support/global-setup';
import { initialJs } from '../support/page-js';
import { DIST, startStaticServer } from '../support/static-server';
import { generatePlanSources } from './generate-corpus';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'node_modules/.bin');
const PAGES = ['/', '/ke-hoach/thai-nguyen-128-kh-ubnd-2026/', '/tim-kiem/', '/cong-cu/chi-tieu-dtts/', '/cong-cu/chat-luong-can-bo/'].filter((page) =>
  existsSync(join(DIST, page, 'index.html')),
);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Async: the static server runs in this process and must keep answering while Lighthouse loads pages. */
async function lighthouse(url: string, out: string): Promise<Record<(typeof CATEGORIES)[number], number>> {
  await promisify(execFile)(
    join(BIN, 'lighthouse'),
    [url, '--quiet', '--output=json', `--output-path=${out}`, `--only-categories=${CATEGORIES.join(',')}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH } },
  );
  const report = JSON.parse(readFileSync(out, 'utf8')) as { categories: Record<string, { score: number | null }> };
  return Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)])) as Record<(typeof CATEGORIES)[number], number>;
}

/**
 * Seconds for a full `astro build` (content cache cleared) into a scratch folder. Thousands
 * of plans need more than Node's default heap.
 */
async function buildSeconds(env: Record<string, string>, outDir: string): Promise<number> {
  const started = performance.now();
  await promisify(execFile)(join(BIN, 'astro'), ['build', '--force', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, ...env, PATH: `${BIN}:${process.env.PATH}`, NODE_OPTIONS: '--max-old-space-size=10240' },
    maxBuffer: 256 * 1024 * 1024,
  });
  return (performance.now() - started) / 1000;
}

it('budgets', async () => {
  console.log('JavaScript before interaction (gzip):');
  for (const page of [...PAGES, '/ke-hoach/', '/nghia-vu/']) {
    const { gzipBytes, files } = initialJs(page);
    console.log(`  ${page}: ${(gzipBytes / 1024).toFixed(1)} KB in ${files.length} files`);
  }

  const scratch = mkdtempSync(join(tmpdir(), 'budgets-'));
  const { server, origin } = await startStaticServer();
  try {
    console.log('Lighthouse, mobile preset (performance / accessibility / best practices / SEO):');
    for (const page of PAGES) {
      const scores = await lighthouse(`${origin}${page}`, join(scratch, 'report.json'));
      console.log(`  ${page}: ${CATEGORIES.map((c) => scores[c]).join(' / ')}`);
    }
  } finally {
    server.close();
  }

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
