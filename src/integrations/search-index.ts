/**
 * Builds the Pagefind index after Astro has written the site: one record per
 * clause of every plan page (see src/lib/search/records.ts).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { planRecords } from '../lib/search/records';

export async function buildSearchIndex(distDir: string): Promise<{ pages: number; records: number }> {
  const planDir = join(distDir, 'ke-hoach');
  const slugs = (await readdir(planDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Không tạo được chỉ mục tìm kiếm: ${errors.join('; ')}`);
  let records = 0;
  let pages = 0;
  for (const slug of slugs) {
    const html = await readFile(join(planDir, slug, 'index.html'), 'utf8').catch(() => '');
    const planRecordsOfPage = planRecords(html, `/ke-hoach/${slug}/`);
    if (planRecordsOfPage.length) pages++;
    for (const r of planRecordsOfPage) {
      const { errors: recordErrors } = await index.addCustomRecord(r);
      if (recordErrors.length) throw new Error(`Lỗi lập chỉ mục ${r.url}: ${recordErrors.join('; ')}`);
      records++;
    }
  }
  const written = await index.writeFiles({ outputPath: join(distDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Không ghi được chỉ mục tìm kiếm: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages, records };
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, records } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Chỉ mục tìm kiếm: ${records} đoạn từ ${pages} kế hoạch.`);
      },
    },
  };
}
