/** The files written after the build: the precache list and version, _headers, sitemap and robots.txt. */
import { describe, expect, it } from 'vitest';
import { precacheManifest, servedUrl } from '../../src/lib/offline/precache';
import { cspOfPage, headersFile } from '../../src/lib/security/headers';
import { robotsTxt, sitemapXml } from '../../src/lib/sitemap';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('precache manifest', () => {
  it('serves directory pages at their folder URL', () => {
    expect(servedUrl('index.html')).toBe('/');
    expect(servedUrl('ke-hoach/x/index.html')).toBe('/ke-hoach/x/');
    expect(servedUrl('404.html')).toBe('/404.html');
    expect(servedUrl('pagefind/fragment/vi_1.pf_fragment')).toBe('/pagefind/fragment/vi_1.pf_fragment');
  });

  it('lists every file except the worker itself, _headers and source maps, sorted', () => {
    const files = ['tim-kiem/index.html', 'sw.js', '_headers', '_astro/a.js', '_astro/a.js.map', 'index.html', 'pagefind/pagefind.js', 'mau/xa.csv'];
    expect(precacheManifest(files.map((path) => ({ path, bytes: bytes(path) }))).urls).toEqual([
      '/_astro/a.js',
      '/',
      '/mau/xa.csv',
      '/pagefind/pagefind.js',
      '/tim-kiem/',
    ]);
  });

  it('changes version when any file changes, and only then', () => {
    const site = [{ path: 'index.html', bytes: bytes('a') }, { path: '_astro/x.js', bytes: bytes('b') }];
    const version = precacheManifest(site).version;
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(precacheManifest([...site].reverse()).version).toBe(version);
    expect(precacheManifest([site[0]!, { path: '_astro/x.js', bytes: bytes('c') }]).version).not.toBe(version);
    expect(precacheManifest([...site, { path: 'sw.js', bytes: bytes('anything') }]).version).toBe(version);
  });
});

describe('_headers', () => {
  it('reads the CSP of a page and adds frame-ancestors to it', () => {
    const csp = cspOfPage(`<head><meta http-equiv="content-security-policy" content="default-src 'self';script-src 'self' 'sha256-x';"></head>`);
    expect(csp).toBe("default-src 'self';script-src 'self' 'sha256-x';");
    expect(cspOfPage('<head></head>')).toBeNull();
    const file = headersFile([{ url: '/b/', csp: csp! }, { url: '/', csp: "default-src 'self';" }]);
    expect(file).toContain("/b/\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-x'; frame-ancestors 'none'\n");
    expect(file.indexOf('\n/\n')).toBeLessThan(file.indexOf('\n/b/\n'));
    expect(file).toMatch(/^\/\*\n {2}X-Content-Type-Options: nosniff\n/);
  });
});

describe('sitemap and robots.txt', () => {
  it('lists pages with absolute URLs, escaped, without the 404 page', () => {
    const xml = sitemapXml('https://example.vn', ['/ke-hoach/', '/', '/404.html', '/a&b/']);
    expect(xml).toContain('<loc>https://example.vn/</loc>');
    expect(xml).toContain('<loc>https://example.vn/a&amp;b/</loc>');
    expect(xml).not.toContain('404');
    expect(robotsTxt('https://example.vn')).toContain('Sitemap: https://example.vn/sitemap.xml');
  });
});
