/**
 * The search bundles as the build writes them (src/integrations/search-index.ts): the
 * runtime and the nationwide bundle at /pagefind/, one bundle per province with plans at
 * /pagefind/tinh/<slug>/ holding only its index, and no index chunk past the size the
 * benchmark expects.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/static-server';
import { SEARCH_WASM, isRuntimeFile, provinceBundlePath } from '../../src/lib/search/bundles';
import { COMMON_WORDS_FILE, type CommonWords } from '../../src/lib/search/common-words';
import { PLANS_PER_WORD } from '../../src/lib/search/nationwide';

const ROOT = join(DIST, 'pagefind');

/**
 * The largest index chunk `npm run bench:search` measured at 3,400 generated plans with
 * the build's chunk size (INDEX_CHUNK_SIZE), with a margin for wording that varies more:
 * see docs/search.md. Pagefind's default chunk size made chunks of 184 KB at 1,000 plans.
 */
const CHUNK_LIMIT = 128 * 1024;

const files = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
const entry = (dir: string) => JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number; wasm: string | null }> };
const pageCount = (dir: string) => Object.values(entry(dir).languages).reduce((sum, l) => sum + l.page_count, 0);

/** Each built plan page's province, as the indexer reads it. */
const provinces = readdirSync(join(DIST, 'ke-hoach'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => {
    const page = join(DIST, 'ke-hoach', d.name, 'index.html');
    const html = existsSync(page) ? readFileSync(page, 'utf8') : '';
    const province = /<[^>]*data-plan-text[^>]*data-province="([^"]+)"/.exec(html)?.[1];
    return province ? [province] : [];
  });

describe('search bundles', () => {
  it('keeps Pagefind\'s runtime and the nationwide bundle at /pagefind/, one record per plan', () => {
    expect(provinces.length).toBeGreaterThanOrEqual(5);
    for (const file of ['pagefind.js', SEARCH_WASM, 'pagefind-entry.json']) expect(files(ROOT)).toContain(file);
    expect(pageCount(ROOT)).toBe(provinces.length);
  });

  it('lists beside it the words found in more plans than a record keeps, with their number of plans', () => {
    const common = JSON.parse(readFileSync(join(ROOT, COMMON_WORDS_FILE), 'utf8')) as CommonWords;
    expect(common.perWord).toBe(PLANS_PER_WORD);
    // Under PLANS_PER_WORD plans, every word is in every record that has it.
    for (const plans of Object.values(common.words)) expect(plans).toBeGreaterThan(common.perWord);
    if (provinces.length <= PLANS_PER_WORD) expect(common.words).toEqual({});
  });

  it('writes one bundle per province with plans, holding only its index and pointing at the root WebAssembly', () => {
    const expected = [...new Set(provinces.map(provinceBundlePath))].sort();
    const written = readdirSync(join(ROOT, 'tinh')).map((slug) => `/pagefind/tinh/${slug}/`).sort();
    expect(written).toEqual(expected);
    let plans = 0;
    for (const path of written) {
      const dir = join(DIST, path);
      expect(files(dir).filter(isRuntimeFile)).toEqual([]);
      plans += pageCount(dir);
      for (const { wasm } of Object.values(entry(dir).languages)) {
        expect(new URL(`${path}wasm.${wasm}.pagefind`, 'https://example.vn/tim-kiem/').pathname).toBe(`/pagefind/${SEARCH_WASM}`);
      }
    }
    expect(plans).toBe(provinces.length);
  });

  it(`keeps every index chunk within ${CHUNK_LIMIT / 1024} KB`, () => {
    const chunks = files(ROOT).filter((file) => file.endsWith('.pf_index'));
    expect(chunks.length).toBeGreaterThan(0);
    const over = chunks.map((file) => [file, statSync(join(ROOT, file)).size] as const).filter(([, size]) => size > CHUNK_LIMIT);
    expect(over).toEqual([]);
  });
});
