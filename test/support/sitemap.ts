/** The built sitemap as a search engine reads it: the index robots.txt names, then each part the index lists. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './static-server';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

export function builtSitemap(): { index: string; parts: { path: string; xml: string }[] } {
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const parts = locs(index).map((loc) => {
    const path = new URL(loc).pathname;
    return { path, xml: readFileSync(join(DIST, path), 'utf8') };
  });
  return { index, parts };
}

/** Every page address the sitemap lists. */
export function sitemapUrls(): string[] {
  return builtSitemap().parts.flatMap((part) => locs(part.xml));
}
