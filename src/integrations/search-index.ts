/**
 * Builds the Pagefind index after Astro has written the site: one document per
 * plan page, one sub-result per clause (see src/lib/search/records.ts).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
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
  const written = await index.writeFiles({ outputPath: join(distDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Không ghi được chỉ mục tìm kiếm: ${written.errors.join('; ')}`);
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
