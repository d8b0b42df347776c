/**
 * Search finds what officials type: every query of test/search/queries.json is typed
 * into the search page, and the clause it must find has to be in the top 3.
 * Prints the hit rate; fails below 95 %.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { origin, useBrowser } from '../support/browser';
import { searchTop } from '../support/search';

const { newPage } = useBrowser();
const { queries } = JSON.parse(readFileSync(join(import.meta.dirname, '../search/queries.json'), 'utf8')) as {
  queries: { q: string; kind: string; expect: string[] }[];
};

it('finds the expected clause in the top 3 for at least 95 % of realistic queries', async () => {
  expect(queries.length).toBeGreaterThanOrEqual(40);
  const page = await newPage();
  await page.goto(`${origin()}/tim-kiem/`);
  const misses: string[] = [];
  for (const { q, expect: wanted } of queries) {
    const top = (await searchTop(page, q)).slice(0, 3);
    if (!top.some((url) => wanted.includes(url))) misses.push(`“${q}”: cần ${wanted.join(' hoặc ')}, được ${top.join(', ') || 'không có kết quả'}`);
  }
  const rate = (queries.length - misses.length) / queries.length;
  console.log(`Search quality: ${queries.length - misses.length}/${queries.length} = ${(rate * 100).toFixed(1)}% in the top 3`);
  if (misses.length) console.log(`Misses:\n  ${misses.join('\n  ')}`);
  expect(rate).toBeGreaterThanOrEqual(0.95);
}, 120_000);
