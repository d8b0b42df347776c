/**
 * Search benchmark (prints numbers; no pass/fail): bytes fetched for a first and a
 * follow-up query, and time from keystroke to results on screen once the index is
 * warm, on the five plans and on a synthetic corpus of 1,000 plan-like pages.
 * Targets (issue 3): first query ≤ 150 KB, warm results ≤ 150 ms.
 * Run: npm run build && npm run bench:search
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/global-setup';
import { DIST, startStaticServer } from '../support/static-server';
import { generateAndIndex } from './generate-corpus';

const WARM_QUERIES = ['dan toc thieu so', 'đào tạo bồi dưỡng', 'UBND cấp xã', 'báo cáo định kỳ', 'hdnd', 'chuyển đổi số', 'vị trí việc làm', 'cử tuyển', 'kinh phí', 'lãnh đạo quản lý'];

async function typeAndWait(page: Page, query: string): Promise<number> {
  await page.evaluate(() => performance.clearMeasures('search-results'));
  await page.getByRole('searchbox', { name: 'Từ khóa' }).fill(query);
  await page.waitForFunction(() => performance.getEntriesByName('search-results').length > 0);
  return page.evaluate(() => performance.getEntriesByName('search-results')[0]!.duration);
}

async function measure(root: string, label: string) {
  // Counted where the files are served, so requests from Pagefind's worker count too.
  // Text files count gzip-compressed, as any web host sends them; Pagefind's index
  // files are compressed already and count as they are.
  let bytes = 0;
  let byKind: Record<string, number> = {};
  const { server, origin } = await startStaticServer(root, (path, size) => {
    const sent = /\.(js|css|html|json|txt)$/.test(path) ? gzipSync(readFileSync(join(root, path))).byteLength : size;
    bytes += sent;
    const kind = /pagefind\/.*\.js$/.test(path) ? 'Pagefind JS' : (/\.(pf_\w+|pagefind)$/.exec(path)?.[1] ?? 'page');
    byKind[kind] = (byKind[kind] ?? 0) + sent;
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  // No service worker: its precaching would be counted as the page's own traffic.
  const page = await browser.newPage({ serviceWorkers: 'block' });
  await page.addInitScript(() => {
    (window as unknown as { longestTask: number }).longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const w = window as unknown as { longestTask: number };
        w.longestTask = Math.max(w.longestTask, entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${origin}/tim-kiem/`);
  await page.waitForSelector('[data-search-ready]');
  await page.waitForLoadState('networkidle');
  const fetched = async (query: string) => {
    bytes = 0;
    byKind = {};
    const ms = await typeAndWait(page, query);
    await page.waitForLoadState('networkidle');
    const parts = Object.entries(byKind).map(([kind, b]) => `${kind} ${(b / 1024).toFixed(1)}`).join(', ');
    return { kb: `${(bytes / 1024).toFixed(1)} KB (${parts})`, ms: ms.toFixed(0) };
  };
  const first = await fetched('Trường Cao đẳng');
  const follow = await fetched('cử tuyển');
  // Words in nearly every clause of every plan: the largest parts of the index.
  const common = await fetched('dao tao can bo');
  const warm: number[] = [];
  for (let round = 0; round < 2; round++) for (const q of WARM_QUERIES) warm.push(await typeAndWait(page, q));
  warm.sort((a, b) => a - b);
  const longestTask = await page.evaluate(() => (window as unknown as { longestTask: number }).longestTask);
  const indexKb = Number(execSync(`du -sk ${join(root, 'pagefind')}`).toString().split('\t')[0]);
  console.log(
    `${label}: first query ${first.kb} in ${first.ms} ms; follow-up ${follow.kb} in ${follow.ms} ms; ` +
      `a query of the commonest words ${common.kb} in ${common.ms} ms; ` +
      `warm keystroke→results median ${warm[Math.floor(warm.length / 2)]!.toFixed(1)} ms, p95 ${warm[Math.floor(warm.length * 0.95)]!.toFixed(1)} ms, max ${warm.at(-1)!.toFixed(1)} ms; longest main-thread task ${longestTask ? `${longestTask.toFixed(0)} ms` : 'under 50 ms'}; index on disk ${indexKb} KB`,
  );
  await browser.close();
  server.close();
}

it('search benchmark', async () => {
  await measure(DIST, 'Five plans');
  const synthetic = join(tmpdir(), 'ke-hoach-corpus-1000');
  const started = performance.now();
  const { pages, clauses } = await generateAndIndex(synthetic, 1000);
  console.log(`Synthetic corpus: ${pages} plan pages, ${clauses} clauses, generated and indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await measure(synthetic, 'Synthetic 1,000 plans');
}, 600_000);
