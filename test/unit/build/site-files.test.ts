/** The files written after the build: the precache list and version, runtime cache rules, _headers, the sitemap's dates and robots.txt. */
import { describe, expect, it } from 'vitest';
import { isShellFile, precacheManifest, servedUrl } from '../../../src/build/precache';
import { isSearchEntry, isSearchIndexFile, storedPath } from '../../../src/lib/offline/routes';
import { cspOfPage, headersFile } from '../../../src/build/headers';
import { isListedPage, pageDates, robotsTxt } from '../../../src/build/sitemap';
import { planSchema } from '../../../src/lib/plan-schema';
import { valid } from '../../support/plan-fixture';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('precache manifest', () => {
  it('serves directory pages at their folder URL', () => {
    expect(servedUrl('index.html')).toBe('/');
    expect(servedUrl('ke-hoach/x/index.html')).toBe('/ke-hoach/x/');
    expect(servedUrl('404.html')).toBe('/404.html');
    expect(servedUrl('pagefind/fragment/vi_1.pf_fragment')).toBe('/pagefind/fragment/vi_1.pf_fragment');
  });

  /** A built site of `plans` plans spread over `provinces` provinces, as the build lays it out. */
  const site = (plans: number, provinces = 34) => {
    const shell = [
      'index.html', '404.html', 'ke-hoach/index.html', 'nghia-vu/index.html', 'tim-kiem/index.html', 'cong-cu/index.html',
      'cong-cu/chi-tieu-dtts/index.html', 'cong-cu/chat-luong-can-bo/index.html', 'ngoai-tuyen/index.html',
      '_astro/BaseLayout.Ab12.css', '_astro/client.Cd34.js', '_astro/quota-worker-Ef56.js', 'mau/xa.csv', 'mau/vi-du-xa.csv', 'mau/xa.xlsx',
      'manifest.webmanifest', 'favicon.svg', 'icon-192.png', 'icon-512.png',
      'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.unknown.pagefind', 'pagefind/wasm.vi.pagefind',
      'pagefind/pagefind.vi_c38d8b7708.pf_meta', 'pagefind/tu-pho-bien.json',
    ];
    const never = ['sw.js', '_headers', 'robots.txt', 'sitemap-index.xml', 'sitemap-0.xml', 'cap-nhat.xml', 'van-ban/index.html', '_astro/client.Cd34.js.map', '_astro/exceljs.min-COfh0iGB.js', 'pagefind/pagefind-ui.js', 'pagefind/pagefind-highlight.js', 'pagefind/pagefind-worker.js', 'nghia-vu/nghia-vu.json', 'nghia-vu/nghia-vu.csv'];
    const collection: string[] = [];
    for (let p = 0; p < provinces; p++) {
      collection.push(`ke-hoach/tinh/t${p}/index.html`, `ke-hoach/tinh/t${p}/ke-hoach.json`, `nghia-vu/tinh/t${p}/index.html`, `nghia-vu/tinh/t${p}/nghia-vu.csv`, `nghia-vu/tinh/t${p}/nghia-vu.json`, `nghia-vu/tinh/t${p}/nghia-vu.ics`);
      collection.push(`van-ban/d${p}/index.html`, `van-ban/d0/tinh/t${p}/index.html`);
      collection.push(`pagefind/tinh/t${p}/pagefind-entry.json`, `pagefind/tinh/t${p}/pagefind.vi_${p}.pf_meta`, `pagefind/tinh/t${p}/index/vi_${p}.pf_index`, `pagefind/tinh/t${p}/fragment/vi_${p}.pf_fragment`);
    }
    for (let i = 0; i < plans; i++) {
      collection.push(`ke-hoach/p${i}/index.html`, `ke-hoach/p${i}/ban-goc/index.html`, `nghia-vu/ke-hoach/p${i}/index.html`, `nghia-vu/lich/p${i}.ics`);
      collection.push(`pagefind/fragment/vi_${i}.pf_fragment`, `pagefind/index/vi_${i}.pf_index`, `pagefind/filter/vi_${i}.pf_filter`);
    }
    return { shell, never, collection, files: [...shell, ...never, ...collection].map((path) => ({ path, bytes: bytes(path) })) };
  };

  it('keeps the shell: its pages, layout assets, templates, install files and the search runtime, and nothing else', () => {
    const { shell, never, collection, files } = site(5);
    for (const path of shell) expect(isShellFile(path), path).toBe(true);
    for (const path of [...never, ...collection]) expect(isShellFile(path), path).toBe(false);
    expect(precacheManifest(files).entries.map((entry) => entry.url)).toEqual([...shell].sort().map(servedUrl));
  });

  it('is the same whatever the number of plans', () => {
    const five = precacheManifest(site(5).files);
    const many = precacheManifest(site(3400).files);
    expect(many).toEqual(five);
  });

  it('gives a revision to files whose name does not change with their content', () => {
    const { entries } = precacheManifest(site(1).files);
    const revision = (url: string) => entries.find((entry) => entry.url === url)!.revision;
    expect(revision('/_astro/client.Cd34.js')).toBeNull();
    expect(revision('/pagefind/pagefind.vi_c38d8b7708.pf_meta')).toBeNull();
    expect(revision('/')).toMatch(/^[0-9a-f]{16}$/);
    expect(revision('/pagefind/pagefind-entry.json')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes version when a shell file changes, and only then', () => {
    const { files } = site(2);
    const version = precacheManifest(files).version;
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(precacheManifest([...files].reverse()).version).toBe(version);
    const changed = (path: string) => files.map((file) => (file.path === path ? { path, bytes: bytes('new') } : file));
    expect(precacheManifest(changed('index.html')).version).not.toBe(version);
    expect(precacheManifest(changed('pagefind/pagefind-entry.json')).version).not.toBe(version);
    // A plan page, its calendar or an index chunk: the shell, and so the worker, stay as they are.
    for (const path of ['ke-hoach/p1/index.html', 'nghia-vu/lich/p1.ics', 'pagefind/fragment/vi_1.pf_fragment', 'sw.js']) {
      expect(precacheManifest(changed(path)).version, path).toBe(version);
    }
  });
});

describe('runtime cache keys', () => {
  it('drop the query and fragment, and give a page its trailing slash', () => {
    const url = (href: string) => new URL(href, 'https://site.example');
    expect(storedPath(url('/ke-hoach/x?fbclid=1#ii-2'), true)).toBe('/ke-hoach/x/');
    expect(storedPath(url('/ke-hoach/x/?q=a'), true)).toBe('/ke-hoach/x/');
    expect(storedPath(url('/pagefind/pagefind-entry.json?ts=123'), false)).toBe('/pagefind/pagefind-entry.json');
    expect(storedPath(url('/nghia-vu/tinh/ha-noi/nghia-vu.json'), true)).toBe('/nghia-vu/tinh/ha-noi/nghia-vu.json');
  });

  it('read Pagefind entry files and the common words from the network first, and its hashed chunks from the cache first', () => {
    expect(isSearchEntry('/pagefind/pagefind-entry.json')).toBe(true);
    expect(isSearchEntry('/pagefind/tinh/ha-noi/pagefind-entry.json')).toBe(true);
    expect(isSearchEntry('/pagefind/tu-pho-bien.json')).toBe(true);
    expect(isSearchIndexFile('/pagefind/tu-pho-bien.json')).toBe(false);
    expect(isSearchIndexFile('/pagefind/tinh/ha-noi/pagefind-entry.json')).toBe(false);
    expect(isSearchIndexFile('/pagefind/tinh/ha-noi/index/vi_1.pf_index')).toBe(true);
    expect(isSearchIndexFile('/pagefind/fragment/vi_1.pf_fragment')).toBe(true);
    expect(isSearchIndexFile('/ke-hoach/x/')).toBe(false);
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
  const base = planSchema.parse(valid);
  const plan = (id: string, province: string, updated: string) => ({ id, data: { ...base, province, updated: new Date(updated) } });

  it('dates each page by the latest change of the plans it shows', () => {
    const dates = pageDates([plan('tn', 'Thái Nguyên', '2026-11-22'), plan('hp-1', 'Hải Phòng', '2026-11-25'), plan('hp-2', 'Hải Phòng', '2026-12-03')]);
    const day = (path: string) => dates.get(path)?.toISOString().slice(0, 10);
    expect(day('/ke-hoach/tn/')).toBe('2026-11-22');
    expect(day('/ke-hoach/hp-1/ban-goc/')).toBe('2026-11-25');
    expect(day('/nghia-vu/ke-hoach/hp-1/')).toBe('2026-11-25');
    expect(day('/ke-hoach/tinh/hai-phong/')).toBe('2026-12-03');
    expect(day('/nghia-vu/tinh/thai-nguyen/')).toBe('2026-11-22');
    expect(day('/van-ban/470-qd-ttg-2026-03-24/')).toBe('2026-12-03');
    expect(day('/van-ban/470-qd-ttg-2026-03-24/tinh/thai-nguyen/')).toBe('2026-11-22');
    for (const path of ['/', '/ke-hoach/', '/nghia-vu/', '/van-ban/']) expect(day(path), path).toBe('2026-12-03');
    // Pages that show no plan's text have no date.
    expect(dates.has('/cong-cu/')).toBe(false);
    expect(dates.has('/ke-hoach/tinh/lao-cai/')).toBe(false);
  });

  it('leaves out the offline page and points robots.txt to the sitemap index', () => {
    expect(isListedPage('/ngoai-tuyen/')).toBe(false);
    expect(isListedPage('/ke-hoach/')).toBe(true);
    expect(robotsTxt('https://example.vn')).toContain('Sitemap: https://example.vn/sitemap-index.xml');
  });
});
