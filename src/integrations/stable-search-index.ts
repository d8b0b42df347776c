/**
 * After the search index is written: every Pagefind bundle under dist/pagefind/ (the
 * nationwide one and any per province) gets its filter files in a fixed order, so the
 * same sources build the same bytes (src/build/stable-index.ts).
 */
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentName, readPagefindFile, renamed, sortedFilter, writePagefindFile } from '../build/stable-index';

interface Entry {
  languages: Record<string, { hash: string }>;
}

/** Rewrites one bundle (a folder with pagefind-entry.json); returns how many filter files it has. */
async function stabilizeBundle(dir: string): Promise<number> {
  const entryPath = join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryPath, 'utf8')) as Entry;
  const filters = new Set((await readdir(join(dir, 'filter')).catch(() => [])).map((file) => file.replace(/\.pf_filter$/, '')));
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaPath = join(dir, `pagefind.${info.hash}.pf_meta`);
    const meta = readPagefindFile(await readFile(metaPath));
    const names = new Map<string, string>();
    const visit = async (value: unknown) => {
      if (Array.isArray(value)) for (const item of value) await visit(item);
      else if (typeof value === 'string' && filters.has(value) && !names.has(value)) {
        const bytes = writePagefindFile(sortedFilter(readPagefindFile(await readFile(join(dir, 'filter', `${value}.pf_filter`)))));
        const name = contentName(language, bytes, 7);
        names.set(value, name);
        await rm(join(dir, 'filter', `${value}.pf_filter`));
        await writeFile(join(dir, 'filter', `${name}.pf_filter`), bytes);
      }
    };
    await visit(meta);
    const metaBytes = writePagefindFile(renamed(meta, names));
    info.hash = contentName(language, metaBytes, 10);
    await rm(metaPath);
    await writeFile(join(dir, `pagefind.${info.hash}.pf_meta`), metaBytes);
  }
  await writeFile(entryPath, JSON.stringify(entry));
  return filters.size;
}

export async function stabilizeSearchIndex(distDir: string): Promise<{ bundles: number; filters: number }> {
  const root = join(distDir, 'pagefind');
  const entries = (await readdir(root, { recursive: true })).filter((path) => path === 'pagefind-entry.json' || path.endsWith('/pagefind-entry.json'));
  let filters = 0;
  for (const path of entries) filters += await stabilizeBundle(join(root, path, '..'));
  return { bundles: entries.length, filters };
}

export function stableSearchIndex(): AstroIntegration {
  return {
    name: 'stable-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { bundles, filters } = await stabilizeSearchIndex(fileURLToPath(dir));
        logger.info(`Chỉ mục tìm kiếm: ${bundles} bộ, ${filters} tệp bộ lọc xếp theo thứ tự cố định.`);
      },
    },
  };
}
