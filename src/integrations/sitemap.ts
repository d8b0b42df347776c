/** Writes dist/sitemap.xml (every built page) and dist/robots.txt pointing to it. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { servedUrl } from '../lib/offline/precache';
import { robotsTxt, sitemapXml } from '../lib/sitemap';
import { builtPaths } from './offline';

export function sitemap(): AstroIntegration {
  let site = '';
  return {
    name: 'sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('Cần đặt "site" trong astro.config.mjs (hoặc biến SITE_URL) để tạo sitemap và địa chỉ tuyệt đối.');
        site = config.site;
      },
      'astro:build:done': async ({ dir }) => {
        const distDir = fileURLToPath(dir);
        const pages = (await builtPaths(distDir)).filter((path) => path.endsWith('.html')).map(servedUrl);
        await writeFile(join(distDir, 'sitemap.xml'), sitemapXml(site, pages));
        await writeFile(join(distDir, 'robots.txt'), robotsTxt(site));
      },
    },
  };
}
