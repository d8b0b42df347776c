/**
 * Offline benchmark (prints numbers; docs/offline.md): the shell the service worker
 * precaches — files, bytes on disk, bytes over the wire (gzip, as hosts send text) — and
 * what a first visit to a plan page fetches in all, precache included, for the five plans
 * in dist/ and for a generated build (BENCH_DIST=<its dist>, e.g. one made as the README's
 * "Benchmarks" says; without it, BENCH_PLANS generated plans, default 1,000, are built here).
 * Run: npm run build && npm run bench:offline
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { chromium } from 'playwright-core';
import { shellFiles } from '../../src/integrations/offline';
import { precacheManifest } from '../../src/build/precache';
import { buildSeconds } from '../support/build-site';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/global-setup';
import { openControlled, shellUrls } from '../support/service-worker';
import { DIST, startStaticServer } from '../support/static-server';
import { generatePlanSources } from './generate-corpus';

const KB = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

async function measure(root: string, label: string) {
  const plans = readdirSync(join(root, 'ke-hoach'), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'tinh').map((d) => d.name);
  const files = await shellFiles(root);
  const { entries } = precacheManifest(files);
  const onDisk = files.reduce((sum, file) => sum + file.bytes.byteLength, 0);

  const sent = new Map<string, number>();
  let total = 0;
  let requests = 0;
  const { server, origin } = await startStaticServer(root, (path, _bytes, wire) => {
    total += wire;
    requests++;
    sent.set(path, wire);
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ serviceWorkers: 'allow' });
    const plan = `/ke-hoach/${plans[0]}/`;
    await openControlled(page, `${origin}${plan}`);
    await page.waitForLoadState('networkidle');
    const shell = shellUrls(readFileSync(join(root, 'sw.js'), 'utf8'));
    const shellWire = shell.reduce((sum, url) => sum + (sent.get(url) ?? 0), 0);
    console.log(
      `${label} (${plans.length} plans): shell ${entries.length} files, ${KB(onDisk)} on disk, ${KB(shellWire)} over the wire; ` +
        `first visit to a plan page ${KB(total)} in ${requests} requests, precache and sw.js (${KB(sent.get('/sw.js') ?? 0)}) included`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

it('offline', async () => {
  await measure(DIST, 'Five plans');
  if (process.env.BENCH_DIST) {
    await measure(process.env.BENCH_DIST, 'Generated');
    return;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'offline-'));
  try {
    const corpus = join(scratch, 'content', 'plans');
    generatePlanSources(corpus, Number(process.env.BENCH_PLANS ?? 1000));
    await buildSeconds({ PLANS_DIR: corpus }, join(scratch, 'dist'));
    await measure(join(scratch, 'dist'), 'Generated');
    // Last, so the content cache holds the real plans again afterwards.
    await buildSeconds({}, join(scratch, 'dist-five'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}, 3_600_000);
