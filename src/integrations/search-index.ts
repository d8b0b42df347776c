/**
 * Builds the search bundles after Astro has written the site (see src/lib/search/bundles.ts):
 * one per province at /pagefind/tinh/<slug>/ (one document per plan page, one sub-result
 * per clause, see src/lib/search/records.ts) and the nationwide one at /pagefind/ (one
 * record per plan, its distinct words, see src/lib/search/nationwide.ts), with Pagefind's
 * runtime beside it.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import { planPath } from '../lib/core/paths';
import { isRuntimeFile, provinceBundlePath, SEARCH_ROOT, sharedWasmEntry } from '../lib/search/bundles';
import { planSearchDocuments, type SearchDocument } from '../lib/search/records';
import { COMMON_WORDS_FILE } from '../lib/search/common-words';
import { NationwideWords } from '../lib/search/nationwide';

/**
 * Pagefind sizes its index chunks without counting accented spellings, which it stores as
 * variants of the folded word; in Vietnamese they are 80–96 % of word positions, so its
 * chunks came out 4–10 times the size it aims at and a query fetched large neighbouring
 * words. Pagefind ≥ 1.5 reads this (undocumented) variable; its service process inherits
 * it. The value was chosen by measuring bytes per query against file count (docs/search.md).
 * Set it before the build to try another.
 */
export const INDEX_CHUNK_SIZE = 500;
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

async function newIndex(): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Không tạo được chỉ mục tìm kiếm: ${errors.join('; ')}`);
  return index;
}

async function add(index: PagefindIndex, document: SearchDocument): Promise<void> {
  const added = await index.addHTMLFile({ url: document.url, content: document.html });
  if (added.errors.length) throw new Error(`Lỗi lập chỉ mục ${document.url}: ${added.errors.join('; ')}`);
}

/** Writes one bundle into dist/ at `urlPath`; `keep` picks the files written, `edit` may change one. */
async function writeBundle(
  index: PagefindIndex,
  distDir: string,
  urlPath: string,
  keep: (path: string) => boolean = () => true,
  edit: (path: string, content: Uint8Array) => Uint8Array | string = (_, content) => content,
): Promise<void> {
  // The files are taken back and written here, not with index.writeFiles: Pagefind answers
  // that call before its own writes are finished, and close() below then cut the last file
  // short (a 64 KB search core instead of 68 KB, once in a CI run).
  const built = await index.getFiles();
  if (built.errors.length) throw new Error(`Không tạo được tệp chỉ mục tìm kiếm: ${built.errors.join('; ')}`);
  for (const file of built.files) {
    if (!keep(file.path)) continue;
    const target = join(distDir, urlPath, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, edit(file.path, file.content));
  }
  await index.deleteIndex();
}

/** A plan page's province, read from its plan text's attribute without parsing the page. */
const PROVINCE_ATTRIBUTE = /data-province="([^"]*)"/;

export async function buildSearchIndex(distDir: string): Promise<{ pages: number; clauses: number; provinces: number }> {
  process.env[CHUNK_SIZE_VARIABLE] ??= String(INDEX_CHUNK_SIZE);
  const planDir = join(distDir, 'ke-hoach');
  const pagePath = (slug: string) => join(planDir, slug, 'index.html');
  // Plans are indexed one province at a time, each province's index written and freed
  // before the next, so Pagefind holds one province (and the small nationwide index) at
  // a time, not the country: 3,400 plans in one process took over 5 GB.
  const byProvince = new Map<string, string[]>();
  for (const entry of (await readdir(planDir, { withFileTypes: true })).filter((d) => d.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const province = PROVINCE_ATTRIBUTE.exec(await readFile(pagePath(entry.name), 'utf8').catch(() => ''))?.[1];
    if (province) byProvince.set(province, [...(byProvince.get(province) ?? []), entry.name]);
  }
  const nationwide = new NationwideWords();
  let clauses = 0;
  let pages = 0;
  const prepare = async (slug: string) => planSearchDocuments(await readFile(pagePath(slug), 'utf8'), planPath(slug));
  for (const [name, slugs] of [...byProvince].sort(([a], [b]) => a.localeCompare(b))) {
    const province = await newIndex();
    // While Pagefind (its own process) indexes one page, this process prepares the next,
    // so both cores work; pages are still added in the same order every build.
    let next = prepare(slugs[0]!);
    for (let i = 0; i < slugs.length; i++) {
      const documents = await next;
      if (i + 1 < slugs.length) next = prepare(slugs[i + 1]!);
      if (!documents) continue;
      await add(province, documents.clauseDocument);
      nationwide.add(documents.planWords);
      pages++;
      clauses += documents.clauses;
    }
    await writeBundle(province, distDir, provinceBundlePath(name), (path) => !isRuntimeFile(path), (path, content) =>
      path === 'pagefind-entry.json' ? sharedWasmEntry(new TextDecoder().decode(content)) : content,
    );
  }
  // The nationwide records are made once every plan has been read: which plans keep a word depends on all of them.
  const { records, common } = nationwide.records();
  const nationwideIndex = await newIndex();
  for (const record of records) await add(nationwideIndex, record);
  await writeBundle(nationwideIndex, distDir, SEARCH_ROOT);
  await writeFile(join(distDir, SEARCH_ROOT, COMMON_WORDS_FILE), JSON.stringify(common));
  await pagefind.close();
  return { pages, clauses, provinces: byProvince.size };
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, clauses, provinces } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Chỉ mục tìm kiếm: ${pages} kế hoạch, ${clauses} điều khoản, ${provinces} tỉnh, thành phố.`);
      },
    },
  };
}
