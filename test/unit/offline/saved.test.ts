/** Saved pages: what a save list names, and how the offline page lists what is kept. */
import { describe, expect, it } from 'vitest';
import { isSitePath, listedUrls, pageTitle, savedPageList } from '../../../src/lib/offline/saved';

describe('save lists', () => {
  it('take same-site paths only, once each', () => {
    expect(listedUrls({ urls: ['/ke-hoach/a/', '/ke-hoach/a/ban-goc/', '/ke-hoach/a/'] })).toEqual(['/ke-hoach/a/', '/ke-hoach/a/ban-goc/']);
    expect(listedUrls({ urls: [] })).toEqual([]);
  });

  it('save nothing from a file that is not a list of same-site pages', () => {
    for (const json of [null, [], ['/a/'], { urls: '/a/' }, { urls: ['/a/', 'https://other.example/'] }, { urls: ['//other.example/a/'] }, { plans: [] }]) {
      expect(listedUrls(json), JSON.stringify(json)).toBeNull();
    }
    expect(isSitePath('/ke-hoach/a/?q=1')).toBe(false);
    expect(isSitePath('ke-hoach/a/')).toBe(false);
  });
});

describe('the offline page’s list', () => {
  const html = (title: string) => `<!doctype html><html lang="vi"><head><title>${title}</title></head><body></body></html>`;

  it('names each page by its title without the site name', () => {
    expect(pageTitle(html('128/KH-UBND &amp; 05/NQ-TU – Kế hoạch cán bộ cấp xã'))).toBe('128/KH-UBND & 05/NQ-TU');
    expect(pageTitle('<p>no title</p>')).toBeNull();
  });

  it('lists plans by title, not their original text again, and falls back to the address', () => {
    const pages = [
      { path: '/ke-hoach/b/', html: html('Đồng Tháp – Kế hoạch cán bộ cấp xã') },
      { path: '/ke-hoach/b/ban-goc/', html: html('Bản gốc – Kế hoạch cán bộ cấp xã') },
      { path: '/ke-hoach/a/', html: html('An Hưng – Kế hoạch cán bộ cấp xã') },
      { path: '/ke-hoach/c/', html: '' },
    ];
    expect(savedPageList(pages)).toEqual([
      { path: '/ke-hoach/c/', title: '/ke-hoach/c/' },
      { path: '/ke-hoach/a/', title: 'An Hưng' },
      { path: '/ke-hoach/b/', title: 'Đồng Tháp' },
    ]);
  });
});
