/** sitemap.xml and robots.txt for the built pages, with absolute URLs on the configured `site`. */

const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Pages search engines should list: every page but the 404 and the offline page (shown in place of pages never saved). */
export function isListedPage(url: string): boolean {
  return url !== '/404.html' && url !== '/ngoai-tuyen/';
}

export function sitemapXml(site: string, urls: readonly string[]): string {
  const entries = urls
    .filter(isListedPage)
    .sort()
    .map((url) => `  <url><loc>${escapeXml(new URL(url, site).href)}</loc></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...entries, '</urlset>', ''].join('\n');
}

export function robotsTxt(site: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`;
}
