/**
 * Saved pages ("Lưu để đọc khi không có mạng"): which addresses a save button keeps, and
 * how the offline page lists what is kept. No DOM and no Cache API here: the islands in
 * src/components/SaveOffline/ and src/components/SavedPages/ do the storing and reading.
 */
import { compareVi } from '../core/vi-format';

/** A same-site path ("/ke-hoach/x/"), not a full URL, protocol-relative "//host" or anything else. */
export function isSitePath(value: unknown): value is string {
  return typeof value === 'string' && /^\/(?!\/)[^\s?#]*$/.test(value);
}

/**
 * The addresses listed by a save list file: `{"urls": ["/ke-hoach/a/", "/ke-hoach/a/ban-goc/", …]}`.
 * Null when the file is not such a list, so a wrong file saves nothing rather than part of it.
 */
export function listedUrls(json: unknown): string[] | null {
  if (typeof json !== 'object' || json === null || !('urls' in json)) return null;
  const { urls } = json;
  return Array.isArray(urls) && urls.every(isSitePath) ? [...new Set(urls)] : null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
const SITE_SUFFIX = / – Kế hoạch cán bộ cấp xã$/;

/** A page's title as the list shows it: its <title> without the site name. */
export function pageTitle(html: string): string | null {
  const raw = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  if (raw === undefined) return null;
  return raw.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name]!).replace(SITE_SUFFIX, '').trim();
}

export interface SavedPage {
  path: string;
  title: string;
}

/**
 * The saved pages a reader picks from: one line per plan or list page, sorted by title as
 * Vietnamese sorts. A plan's original text (…/ban-goc/) is saved with it and opened from
 * it, so it is not listed again.
 */
export function savedPageList(pages: readonly { path: string; html: string }[]): SavedPage[] {
  return pages
    .filter((page) => !page.path.endsWith('/ban-goc/'))
    .map((page) => ({ path: page.path, title: pageTitle(page.html) ?? page.path }))
    .sort((a, b) => compareVi(a.title, b.title));
}
