/**
 * Search benchmark (prints numbers; no pass/fail), on the five plans and on generated
 * corpora (BENCH_PLANS, default 3400; e.g. BENCH_PLANS=3400,10000) indexed like the real
 * build (a bundle per province, the nationwide bundle):
 * - bytes fetched by a first search within a province and nationwide, on a fresh page;
 * - warm keystroke → first results (nationwide: the plans found) and → all results (their
 *   clauses), median and p95;
 * - a cold search page: load → first results visible;
 * - index size on disk, file count, largest index chunk, indexing time.
 * BENCH_CHUNK_SIZES=20000,2000,0 indexes each corpus again per value of
 * PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (unset: the build's own, INDEX_CHUNK_SIZE).
 * Targets (issue 15): ≤ 150 KB within a province, ≤ 400 KB nationwide, warm ≤ 100 ms
 * median, cold ≤ 1.5 s.
 * Run: npm run build && npm run bench:search
 */
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/global-setup';
import { DIST, startStaticServer } from '../support/static-server';
import { generateCorpus } from './generate-corpus';
import { buildSearchIndex } from '../../src/integrations/search-index';

const WARM_QUERIES = ['dan toc thieu so', 'đào tạo bồi dưỡng', 'UBND cấp xã', 'báo cáo định kỳ', 'hdnd', 'chuyển đổi số', 'vị trí việc làm', 'cử tuyển', 'kinh phí', 'lãnh đạo quản lý'];
/** A rare phrase, and the commonest words (in nearly every clause of every plan: the largest parts of the index). */
const FIRST_QUERIES = ['cử tuyển', 'dao tao can bo'];

/** Types a query; gives the time to its first results (the plans found, nationwide) and to all its results (their clauses). */
async function typeAndWait(page: Page, query: string): Promise<{ first: number; all: number }> {
  await page.evaluate(() => performance.clearMeasures());
  await page.getByRole('searchbox', { name: 'Từ khóa' }).fill(query);
  await page.waitForFunction(() => performance.getEntriesByName('search-clauses').length > 0);
  return page.evaluate(() => ({
    first: performance.getEntriesByName('search-results')[0]!.duration,
    all: performance.getEntriesByName('search-clauses')[0]!.duration,
  }));
}

/** Files and bytes under a folder, and its largest file matching `pattern`. */
function du(dir: string, pattern = /./): { files: number; bytes: number; largest: number } {
  let files = 0;
  let bytes = 0;
  let largest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const size = statSync(join(entry.parentPath, entry.name)).size;
    files++;
    bytes += size;
    if (pattern.test(entry.name)) largest = Math.max(largest, size);
  }
  return { files, bytes, largest };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

async function measure(browser: Browser, root: string, label: string, province: string) {
  // Counted where the files are served, so every request counts. Text files count
  // gzip-compressed, as any web host sends them; Pagefind's index files are compressed
  // already and count as they are. A file revalidated (304) counts nothing.
  let bytes = 0;
  let byKind: Record<string, number> = {};
  const { server, origin } = await startStaticServer(root, (path, size) => {
    const sent = /\.(js|css|html|json|txt)$/.test(path) ? gzipSync(readFileSync(join(root, path))).byteLength : size;
    bytes += sent;
    const kind = /pagefind\/.*\.js$/.test(path) ? 'JS' : (/\.(pf_\w+|pagefind|json)$/.exec(path)?.[1] ?? 'page');
    byKind[kind] = (byKind[kind] ?? 0) + sent;
  });
  const scopes = { nationwide: '', [province]: `?tinh=${encodeURIComponent(province)}` };
  const lines: string[] = [];
  for (const [scope, search] of Object.entries(scopes)) {
    // First searches, each on a fresh page with an empty cache, without the service
    // worker (its precaching would be counted as the page's own traffic).
    const firsts: string[] = [];
    for (const query of FIRST_QUERIES) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      await context.addInitScript(() => {
        const w = window as unknown as { longestTask: number };
        w.longestTask = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.longestTask = Math.max(w.longestTask, entry.duration);
        }).observe({ type: 'longtask', buffered: true });
      });
      const page = await context.newPage();
      bytes = 0;
      await page.goto(`${origin}/tim-kiem/${search}`);
      await page.waitForSelector('[data-search-ready]');
      await page.waitForLoadState('networkidle');
      const loaded = bytes;
      bytes = 0;
      byKind = {};
      const took = await typeAndWait(page, query);
      await page.waitForLoadState('networkidle');
      const parts = Object.entries(byKind).map(([kind, b]) => `${kind} ${kb(b)}`).join(', ');
      firsts.push(`“${query}” ${kb(bytes)} (${parts}) in ${ms(took.first)} (all ${ms(took.all)})`);
      if (query === FIRST_QUERIES[0]) firsts.unshift(`page load ${kb(loaded)}`);
      if (query === FIRST_QUERIES.at(-1)) {
        const warm: { first: number; all: number }[] = [];
        for (let round = 0; round < 2; round++) for (const q of WARM_QUERIES) warm.push(await typeAndWait(page, q));
        const longestTask = await page.evaluate(() => (window as unknown as { longestTask: number }).longestTask);
        for (const key of ['first', 'all'] as const) {
          const sorted = warm.map((w) => w[key]).sort((a, b) => a - b);
          const what = key === 'first' ? 'first results' : 'all results';
          firsts.push(`warm keystroke→${what} median ${ms(percentile(sorted, 0.5))}, p95 ${ms(percentile(sorted, 0.95))}, max ${ms(sorted.at(-1)!)}`);
        }
        firsts.push(`longest main-thread task ${longestTask ? ms(longestTask) : 'under 50 ms'}`);
      }
      await context.close();
    }
    // A cold search page: a shared link opened, from navigation to the first results painted.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const q = `${search ? `${search}&` : '?'}q=${encodeURIComponent(WARM_QUERIES[1]!)}`;
    await page.goto(`${origin}/tim-kiem/${q}`, { waitUntil: 'commit' });
    // First results: the plans found (nationwide) or clauses (in a province); then the clauses.
    const shown = await page.waitForFunction(() => (document.querySelector('.search__results a') ? performance.now() : 0), null, { polling: 'raf', timeout: 60_000 });
    const clauses = await page.waitForFunction(() => (document.querySelector('.search__list a') ? performance.now() : 0), null, { polling: 'raf', timeout: 60_000 });
    firsts.push(`cold page → first results ${ms(Number(await shown.jsonValue()))}, clauses ${ms(Number(await clauses.jsonValue()))}`);
    await context.close();
    lines.push(`  ${scope}: ${firsts.join('; ')}`);
  }
  server.close();
  const all = du(join(root, 'pagefind'), /\.pf_index$/);
  const provinces = readdirSync(join(root, 'pagefind', 'tinh')).map((slug) => du(join(root, 'pagefind', 'tinh', slug)).bytes);
  const nationwide = all.bytes - provinces.reduce((a, b) => a + b, 0);
  console.log(
    `${label}: index ${kb(all.bytes)} on disk in ${all.files} files (largest index chunk ${kb(all.largest)}); ` +
      `nationwide bundle with runtime ${kb(nationwide)}; ${provinces.length} province bundles, largest ${kb(Math.max(...provinces))}\n${lines.join('\n')}`,
  );
}

it('search benchmark', async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  await measure(browser, DIST, 'Five plans', 'Lai Châu');
  const sizes = (process.env.BENCH_CHUNK_SIZES ?? '').split(',').filter(Boolean);
  for (const plans of (process.env.BENCH_PLANS ?? '3400').split(',').map(Number)) {
    const corpus = join(tmpdir(), `ke-hoach-corpus-${plans}`);
    generateCorpus(corpus, plans);
    for (const size of sizes.length ? sizes : [undefined]) {
      if (size === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
      else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = size;
      rmSync(join(corpus, 'pagefind'), { recursive: true, force: true });
      const started = performance.now();
      const { pages, clauses, provinces } = await buildSearchIndex(corpus);
      const seconds = (performance.now() - started) / 1000;
      console.log(`Generated corpus: ${pages} plans in ${provinces} provinces, ${clauses} clauses, indexed in ${seconds.toFixed(1)} s (chunk size ${process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE})`);
      await measure(browser, corpus, `${plans.toLocaleString('en')} generated plans, chunk size ${process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE}`, 'Lai Châu');
    }
  }
  await browser.close();
}, 3_600_000);
