/**
 * The Atom feed and the sitemap are well-formed XML, parsed by the browser's own XML parser
 * (a parse error is a document of its own), and say what they should.
 */
import { describe, expect, it } from 'vitest';
import { origin, useBrowser } from '../support/browser';
import { builtSitemap } from '../support/sitemap';
import { PLAN_SLUGS } from '../support/plans';

const { newPage } = useBrowser();

/** Parses `xml` in Chromium; returns what `read` takes out of the document, or the parser's error. */
async function parseXml<T>(xml: string, read: string): Promise<T | { error: string }> {
  const page = await newPage();
  await page.goto(`${origin()}/`);
  return page.evaluate(
    ([text, body]) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.querySelector('parsererror');
      return error ? { error: error.textContent ?? 'parsererror' } : new Function('doc', body)(doc);
    },
    [xml, read] as const,
  );
}

describe('the Atom feed', () => {
  it('is checked by a parser that reports malformed XML', async () => {
    expect(await parseXml('<feed><entry></feed>', 'return doc.documentElement.localName')).toHaveProperty('error');
  });

  it('parses, and has one entry per plan with its address, dates and title', async () => {
    const xml = await (await fetch(`${origin()}/cap-nhat.xml`)).text();
    const feed = await parseXml<{ root: string; ns: string; updated: string; entries: { id: string; updated: string; published: string; title: string }[] }>(
      xml,
      `const text = (el, name) => el.getElementsByTagName(name)[0]?.textContent ?? '';
       return {
         root: doc.documentElement.localName, ns: doc.documentElement.namespaceURI, updated: text(doc.documentElement, 'updated'),
         entries: [...doc.getElementsByTagName('entry')].map((e) => ({ id: text(e, 'id'), updated: text(e, 'updated'), published: text(e, 'published'), title: text(e, 'title') })),
       };`,
    );
    expect(feed).toMatchObject({ root: 'feed', ns: 'http://www.w3.org/2005/Atom', updated: '2026-11-22T00:00:00.000Z' });
    const { entries } = feed as Exclude<typeof feed, { error: string }>;
    expect(entries.map((e) => new URL(e.id).pathname).sort()).toEqual(PLAN_SLUGS.map((slug) => `/ke-hoach/${slug}/`).sort());
    for (const entry of entries) expect(entry).toMatchObject({ updated: '2026-11-22T00:00:00.000Z', published: '2026-11-22T00:00:00.000Z', title: expect.stringMatching(/^Đăng mới: Kế hoạch/) });
  });
});

describe('the sitemap', () => {
  it('parses, index and parts, and dates every plan page by its last change', async () => {
    const { index, parts } = builtSitemap();
    expect(await parseXml(index, `return doc.documentElement.localName`)).toBe('sitemapindex');
    expect(parts.length).toBeGreaterThan(0);
    const urls = new Map<string, string>();
    for (const part of parts) {
      const entries = await parseXml<[string, string][]>(
        part.xml,
        `return [...doc.getElementsByTagName('url')].map((u) => [u.getElementsByTagName('loc')[0].textContent, u.getElementsByTagName('lastmod')[0]?.textContent ?? '']);`,
      );
      expect(entries, part.path).not.toHaveProperty('error');
      for (const [loc, lastmod] of entries as [string, string][]) urls.set(new URL(loc).pathname, lastmod);
    }
    for (const slug of PLAN_SLUGS) expect(urls.get(`/ke-hoach/${slug}/`), slug).toBe('2026-11-22T00:00:00.000Z');
    expect(urls.get('/van-ban/470-qd-ttg-2026-03-24/tinh/hai-phong/')).toBe('2026-11-22T00:00:00.000Z');
    expect(urls.get('/cong-cu/')).toBe('');
    expect(urls.has('/ngoai-tuyen/')).toBe(false);
    expect([...urls.keys()].filter((path) => /404/.test(path))).toEqual([]);
  });

  it('is named in robots.txt', async () => {
    expect(await (await fetch(`${origin()}/robots.txt`)).text()).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
  });
});
