/**
 * Builds the Pagefind index after Astro has written the site: one document per
 * plan page, one sub-result per clause (see src/lib/search/records.ts).
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { planSearchDocument } from '../lib/search/records';

export async function buildSearchIndex(distDir: string): Promise<{ pages: number; clauses: number }> {
  const planDir = join(distDir, 'ke-hoach');
  const slugs = (await readdir(planDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Không tạo được chỉ mục tìm kiếm: ${errors.join('; ')}`);
  let clauses = 0;
  let pages = 0;
  const prepare = async (slug: string) => planSearchDocument(await readFile(join(planDir, slug, 'index.html'), 'utf8').catch(() => ''), `/ke-hoach/${slug}/`);
  // While Pagefind (its own process) indexes one page, this process prepares the next,
  // so both cores work; pages are still added in the same order every build.
  let next = slugs.length ? prepare(slugs[0]!) : null;
  for (let i = 0; next; i++) {
    const document = await next;
    const adding = document ? index.addHTMLFile({ url: document.url, content: document.html }) : null;
    next = i + 1 < slugs.length ? prepare(slugs[i + 1]!) : null;
    const added = await adding;
    if (!document || !added) continue;
    if (added.errors.length) throw new Error(`Lỗi lập chỉ mục ${document.url}: ${added.errors.join('; ')}`);
    pages++;
    clauses += document.clauses;
  }
  // The files are taken back and written here, not with index.writeFiles: Pagefind answers
  // that call before its own writes are finished, and close() below then cut the last file
  // short (a 64 KB search core instead of 68 KB, once in a CI run).
  const built = await index.getFiles();
  if (built.errors.length) throw new Error(`Không tạo được tệp chỉ mục tìm kiếm: ${built.errors.join('; ')}`);
  for (const file of built.files) {
    const target = join(distDir, 'pagefind', file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
  await pagefind.close();
  return { pages, clauses };
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, clauses } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Chỉ mục tìm kiếm: ${pages} kế hoạch, ${clauses} điều khoản.`);
      },
    },
  };
}
