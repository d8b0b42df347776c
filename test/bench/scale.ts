/**
 * Scale benchmark (prints numbers; no pass/fail): builds a generated collection of
 * BENCH_PLANS plans (default 3,400; several sizes as "3400,10000") with the plain
 * `astro build` that `npm run build` runs — no extra heap flags — and prints what the
 * issue-15 budgets name:
 * - build wall time and peak resident memory of the build's whole process tree
 *   (Astro and the Pagefind binary it starts);
 * - the largest HTML page of each page type, gzip (budget ≤ 100 KB), and how many exceed it;
 * - the sitemap's files and pages, and the feed's size;
 * - what a first visit to a plan page fetches in all, service-worker precache included
 *   (budget ≤ 5 MB), and what the service worker keeps;
 * - search: see test/bench/search.ts, which measures the same generated collection.
 * Run: npm run build && npm run bench:scale
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { it } from 'vitest';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/global-setup';
import { measuredBuild } from '../support/build-site';
import { startStaticServer } from '../support/static-server';
import { generatePlanSources } from './generate-corpus';

const KB = 1024;
const MB = 1024 * 1024;

/** Page types, by path, for the size report. */
const PAGE_TYPES: [string, RegExp][] = [
  ['home', /^index\.html$/],
  ['plan list', /^ke-hoach\/index\.html$/],
  ['plans of a province', /^ke-hoach\/tinh\/[^/]+\/index\.html$/],
  ['plan source (ban-goc)', /^ke-hoach\/[^/]+\/ban-goc\/index\.html$/],
  ['plan', /^ke-hoach\/[^/]+\/index\.html$/],
  ['register', /^nghia-vu\/index\.html$/],
  ['register of a province', /^nghia-vu\/tinh\/[^/]+\/index\.html$/],
  ['register of a plan', /^nghia-vu\/ke-hoach\/[^/]+\/index\.html$/],
  ['search', /^tim-kiem\/index\.html$/],
  ['documents', /^van-ban\/index\.html$/],
  ['plans on a document in a province', /^van-ban\/[^/]+\/tinh\/[^/]+\/index\.html$/],
  ['document', /^van-ban\/[^/]+\/index\.html$/],
  ['other', /\.html$/],
];

function htmlSizes(dist: string): void {
  const largest = new Map<string, { path: string; gzip: number; count: number; over: number }>();
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = relative(dist, join(entry.parentPath, entry.name));
    const type = PAGE_TYPES.find(([, pattern]) => pattern.test(path))![0];
    const gzip = gzipSync(readFileSync(join(dist, path))).byteLength;
    const seen = largest.get(type) ?? { path, gzip: 0, count: 0, over: 0 };
    seen.count++;
    if (gzip > 100 * KB) seen.over++;
    if (gzip >= seen.gzip) Object.assign(seen, { path, gzip });
    largest.set(type, seen);
  }
  console.log('  Largest HTML page of each type (gzip; budget 100 KB):');
  for (const [type, { path, gzip, count, over }] of largest) {
    console.log(`    ${type}: ${(gzip / KB).toFixed(1)} KB (${path}); ${count} pages, ${over} over budget`);
  }
}

/** The files for machines that list pages or changes: the sitemap's parts and the Atom feed. */
function machineFiles(dist: string): void {
  const sitemap = readdirSync(dist).filter((name) => /^sitemap-.*\.xml$/.test(name));
  const size = (name: string) => statSync(join(dist, name)).size;
  const urls = sitemap.reduce((sum, name) => sum + (readFileSync(join(dist, name), 'utf8').match(/<url>/g)?.length ?? 0), 0);
  console.log(`  sitemap: ${sitemap.length} files, ${urls} pages, ${(sitemap.reduce((sum, name) => sum + size(name), 0) / KB).toFixed(0)} KB; feed cap-nhat.xml ${(size('cap-nhat.xml') / KB).toFixed(1)} KB`);
}

/** Bytes sent for a first visit to `page`, until the service worker is active and the network is quiet. */
async function firstVisit(dist: string, page: string): Promise<void> {
  let bytes = 0;
  let files = 0;
  // Counted as sent: gzip for text, as hosts send it (test/support/static-server.ts).
  const { server, origin } = await startStaticServer(dist, (_path, _size, sent) => {
    files++;
    bytes += sent;
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const tab = await browser.newPage();
    await tab.goto(`${origin}${page}`);
    await tab.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await tab.waitForLoadState('networkidle');
    const cached = await tab.evaluate(async () => {
      let entries = 0;
      for (const name of await caches.keys()) entries += (await (await caches.open(name)).keys()).length;
      return entries;
    });
    console.log(`  First visit to ${page}: ${(bytes / MB).toFixed(2)} MB in ${files} files (budget 5 MB), service worker included; ${cached} entries cached`);
  } finally {
    await browser.close();
    server.close();
  }
}

function diskSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { bytes, files };
}

it('scale', async () => {
  const sizes = (process.env.BENCH_PLANS ?? '3400').split(',').map(Number);
  for (const plans of sizes) {
    const scratch = mkdtempSync(join(tmpdir(), `scale-${plans}-`));
    try {
      // Plans must sit under a content/plans/ folder: the clause plugin works on those files only.
      const corpus = join(scratch, 'content', 'plans');
      generatePlanSources(corpus, plans);
      const dist = join(scratch, 'dist');
      const build = await measuredBuild({ PLANS_DIR: corpus }, dist).catch((error: Error) => error);
      if (build instanceof Error) {
        console.log(`${plans} plans: ${build.message}`);
        continue;
      }
      console.log(
        `${plans} plans: build ${build.seconds.toFixed(0)} s (${(build.seconds / 60).toFixed(1)} min; budget 6 min), ` +
          `peak memory ${(build.peakBytes / MB / 1024).toFixed(2)} GB (budget 4 GB)`,
      );
      const disk = diskSize(dist);
      console.log(`  dist/: ${(disk.bytes / MB).toFixed(0)} MB in ${disk.files} files`);
      htmlSizes(dist);
      machineFiles(dist);
      await firstVisit(dist, '/ke-hoach/tong-hop-0000/');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
}, 7_200_000);
