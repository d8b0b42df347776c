/** Every internal link and anchor in the built site resolves; no page repeats an id. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/static-server';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The file a site path is served from, as a plain static host does. */
function fileForPath(path: string): string | null {
  const clean = decodeURIComponent(path);
  const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

const pages = htmlFiles(DIST).map((file) => {
  const root = parse(readFileSync(file, 'utf8'));
  const url = '/' + relative(DIST, file).replace(/index\.html$/, '').replace(/\\/g, '/');
  return { file, url, root, ids: root.querySelectorAll('[id]').map((el) => el.id) };
});
const idsByFile = new Map(pages.map((p) => [p.file, new Set(p.ids)]));

describe('built site', () => {
  it('has the pages people link to', () => {
    const urls = pages.map((p) => p.url);
    for (const url of ['/', '/ke-hoach/', '/nghia-vu/', '/cong-cu/', '/tim-kiem/', '/404.html']) expect(urls).toContain(url);
    expect(urls.filter((u) => /^\/ke-hoach\/[^/]+\/$/.test(u))).toHaveLength(5);
  });

  it('has no broken internal link or anchor anywhere', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const a of page.root.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(mailto:|tel:|https?:)/.test(href)) {
          if (href.startsWith('http')) broken.push(`${page.url}: liên kết ra ngoài ${href}`);
          continue;
        }
        const target = new URL(href, `http://site${page.url}`);
        const file = fileForPath(target.pathname);
        if (!file) {
          broken.push(`${page.url}: ${href} (không có trang)`);
          continue;
        }
        const id = decodeURIComponent(target.hash.slice(1));
        if (id && !idsByFile.get(file)?.has(id)) broken.push(`${page.url}: ${href} (không có #${id})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('never repeats an id on a page', () => {
    const repeated = pages.flatMap((p) => p.ids.filter((id, i) => p.ids.indexOf(id) !== i).map((id) => `${p.url}#${id}`));
    expect(repeated).toEqual([]);
  });

  it('declares Vietnamese, a title, a description and a canonical URL on every page', () => {
    for (const page of pages) {
      expect(page.root.querySelector('html')?.getAttribute('lang'), page.url).toBe('vi');
      expect(page.root.querySelector('title')?.text.trim(), page.url).toBeTruthy();
      expect(page.root.querySelector('meta[name="description"]')?.getAttribute('content'), page.url).toBeTruthy();
      expect(page.root.querySelector('link[rel="canonical"]')?.getAttribute('href'), page.url).toMatch(/^https:\/\//);
    }
  });

  it('loads nothing from another origin', () => {
    const external = pages.flatMap((p) =>
      p.root
        .querySelectorAll('script[src], link[href], img[src], iframe[src]')
        .filter((el) => el.getAttribute('rel') !== 'canonical')
        .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
        .filter((url) => /^(https?:)?\/\//.test(url))
        .map((url) => `${p.url}: ${url}`),
    );
    expect(external).toEqual([]);
  });
});
