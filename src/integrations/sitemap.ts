/**
 * The sitemap, written by @astrojs/sitemap (dist/sitemap-index.xml and its parts) with a
 * `lastmod` on every page that shows plans (src/build/sitemap.ts), and dist/robots.txt
 * pointing to it. The dates are the plans' own (`updated`), read from their frontmatter,
 * so two builds of the same sources write the same bytes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import astroSitemap from '@astrojs/sitemap';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import { planSchema } from '../lib/plan-schema';
import { isListedPage, pageDates, robotsTxt } from '../build/sitemap';
import { planFiles, plansDir } from './plan-loader';

/** Every plan's metadata, as the content collection validates it. */
async function readPlans(root: URL) {
  return Promise.all(
    (await planFiles(plansDir(root))).map(async ({ id, path }) => ({ id, data: planSchema.parse(parseFrontmatter(await readFile(path, 'utf8')).frontmatter) })),
  );
}

export function sitemap(): AstroIntegration[] {
  let site = '';
  let dates: Promise<Map<string, Date>> | undefined;
  let root: URL;
  const robots: AstroIntegration = {
    name: 'robots-txt',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('Cần đặt "site" trong astro.config.mjs (hoặc biến SITE_URL) để tạo sitemap và địa chỉ tuyệt đối.');
        site = config.site;
        root = config.root;
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(join(fileURLToPath(dir), 'robots.txt'), robotsTxt(site));
      },
    },
  };
  const pages = astroSitemap({
    filter: (url) => isListedPage(new URL(url).pathname),
    serialize: async (item) => {
      dates ??= readPlans(root).then(pageDates);
      const lastmod = (await dates).get(new URL(item.url).pathname);
      return lastmod ? { ...item, lastmod: lastmod.toISOString() } : item;
    },
  });
  return [robots, pages];
}
