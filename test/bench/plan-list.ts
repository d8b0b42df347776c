/**
 * Plan list benchmark (prints numbers): builds a generated corpus (BENCH_PLANS, default
 * 1,000) in which Hồ Chí Minh has BENCH_LARGEST plans (default 170: it has 168 communes),
 * and prints the gzip size of the home page, /ke-hoach/, the largest province's page and
 * JSON, what a filter across every province fetches, and the JavaScript /ke-hoach/ loads
 * before interaction. Target: every page ≤ 100 KB gzip.
 * Run: npx vitest run --config vitest.bench.config.ts test/bench/plan-list.ts
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { it } from 'vitest';
import { buildSeconds } from '../support/build-site';
import { initialJs } from '../support/page-js';
import { generatePlanSources } from './generate-corpus';

const LARGEST = 'Hồ Chí Minh';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipBytes = (file: string) => gzipSync(readFileSync(file)).byteLength;

/** Moves plans of other provinces to `province` until it has `wanted` of them. */
function growProvince(dir: string, province: string, wanted: number): void {
  const files = readdirSync(dir).sort();
  const line = /^province: "(.*)"$/m;
  let count = files.filter((f) => line.exec(readFileSync(join(dir, f), 'utf8'))?.[1] === province).length;
  for (const file of files) {
    if (count >= wanted) break;
    const source = readFileSync(join(dir, file), 'utf8');
    if (line.exec(source)?.[1] === province) continue;
    writeFileSync(join(dir, file), source.replace(line, `province: "${province}"`));
    count++;
  }
}

it('plan list sizes', async () => {
  const plans = Number(process.env.BENCH_PLANS ?? 1000);
  const largest = Number(process.env.BENCH_LARGEST ?? 170);
  const scratch = mkdtempSync(join(tmpdir(), 'plan-list-'));
  try {
    // Plans must sit under a content/plans/ folder: the clause plugin works on those files only.
    const corpus = join(scratch, 'content', 'plans');
    generatePlanSources(corpus, plans);
    growProvince(corpus, LARGEST, largest);
    const dist = join(scratch, 'dist');
    const seconds = await buildSeconds({ PLANS_DIR: corpus }, dist);
    console.log(`${plans} plans (${largest} in ${LARGEST}) built in ${seconds.toFixed(0)} s`);

    const provinceDir = join(dist, 'ke-hoach', 'tinh');
    const json = readdirSync(provinceDir).filter((f) => f.endsWith('.json'));
    const sizes = json.map((f) => ({ slug: f.replace(/\.json$/, ''), plans: (JSON.parse(readFileSync(join(provinceDir, f), 'utf8')) as { plans: unknown[] }).plans.length }));
    const biggest = sizes.reduce((a, b) => (b.plans > a.plans ? b : a));
    const pages = readdirSync(provinceDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => gzipBytes(join(provinceDir, d.name, 'index.html')));
    const biggestPage = join(provinceDir, biggest.slug, 'index.html');
    const rows: [string, string][] = [
      ['/ (home)', kb(gzipBytes(join(dist, 'index.html')))],
      ['/ke-hoach/', kb(gzipBytes(join(dist, 'ke-hoach', 'index.html')))],
      [`/ke-hoach/tinh/${biggest.slug}/ (${biggest.plans} plans)`, `${kb(gzipBytes(biggestPage))} (${kb(readFileSync(biggestPage).byteLength)} raw)`],
      ['largest province page', kb(Math.max(...pages))],
      [`/ke-hoach/tinh/${biggest.slug}.json`, `${kb(gzipBytes(join(provinceDir, `${biggest.slug}.json`)))} (${kb(readFileSync(join(provinceDir, `${biggest.slug}.json`)).byteLength)} raw)`],
      ['every province JSON (a filter across provinces)', kb(json.reduce((sum, f) => sum + gzipBytes(join(provinceDir, f)), 0))],
      ['/ke-hoach/ JS before interaction', kb(initialJs('/ke-hoach/', dist).gzipBytes)],
      [`/ke-hoach/tinh/${biggest.slug}/ JS before interaction`, kb(initialJs(`/ke-hoach/tinh/${biggest.slug}/`, dist).gzipBytes)],
    ];
    console.log('gzip sizes:');
    for (const [what, size] of rows) console.log(`  ${what}: ${size}`);
    // Last, so the content cache holds the real plans again afterwards.
    await buildSeconds({}, join(scratch, 'dist-five'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}, 3_600_000);
