/**
 * JavaScript budgets per page type (issue 7), from the built files: what a page loads
 * before anyone touches it, gzip. Search code, PapaParse and Chart.js load on first use.
 * The Lighthouse numbers are in `npm run bench:budgets`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialJs } from '../support/page-js';
import { DIST } from '../support/static-server';

const KB = 1024;
const subfolders = (path: string) => readdirSync(join(DIST, path), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${path}${d.name}/`);
const plans = subfolders('/ke-hoach/').filter((path) => path !== '/ke-hoach/tinh/');
const provinces = subfolders('/ke-hoach/tinh/');
const calculators = subfolders('/cong-cu/');
const BUDGETS: [string, number][] = [
  ...plans.flatMap((plan): [string, number][] => [[plan, 20 * KB], [`${plan}ban-goc/`, 20 * KB]]),
  ...provinces.map((province): [string, number] => [province, 20 * KB]),
  ...calculators.map((tool): [string, number] => [tool, 60 * KB]),
  ...['/', '/ke-hoach/', '/nghia-vu/', '/nghia-vu/tinh/hai-phong/', '/nghia-vu/ke-hoach/ha-bac-chat-luong-can-bo-2026/', '/cong-cu/', '/tim-kiem/', '/ngoai-tuyen/', '/404.html'].map((page): [string, number] => [page, 20 * KB]),
];
/** Loaded on first use only: Chart.js's chunk, the calculators' workers (with PapaParse), ExcelJS (from a worker), Pagefind. */
const ON_DEMAND = /\/(chart\.|quota-worker|quality-worker|exceljs\.|pagefind\/)/;

describe('JavaScript before interaction (gzip)', () => {
  it('covers every plan, every province and every calculator', () => {
    expect(plans.length).toBeGreaterThanOrEqual(5);
    expect(provinces).toHaveLength(34);
    expect(calculators).toEqual(expect.arrayContaining(['/cong-cu/chi-tieu-dtts/', '/cong-cu/chat-luong-can-bo/']));
  });

  it.each(BUDGETS)('%s ≤ %d bytes', (page, budget) => {
    const { gzipBytes, files } = initialJs(page);
    expect(files.filter((file) => ON_DEMAND.test(file))).toEqual([]);
    expect(gzipBytes).toBeLessThanOrEqual(budget);
  });
});
