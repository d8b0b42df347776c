/**
 * How the service worker (src/integrations/service-worker.js) names its caches and files
 * what it has not precached. Pure functions, so the rules are tested in Node.
 */
import { SEARCH_ROOT } from '../search/bundles';
import { COMMON_WORDS_FILE } from '../search/common-words';

/** Pages and lists the reader chose to keep ("Lưu để đọc khi không có mạng"): survives new versions. */
export const SAVED_CACHE = 'saved';
/** Pages and data files as they were read: emptied when a new version activates. */
export const PAGES_CACHE = 'pages';
/** Search index chunks as they were read: emptied when a new version activates. */
export const SEARCH_CACHE = 'search';
/**
 * Layout assets of a previous version, kept only while a saved page may still be of that
 * version (it could not be refreshed when the new version activated, e.g. offline).
 */
export const KEPT_ASSETS_CACHE = 'assets-kept';

/** Entries per runtime cache: at most about 20 MB of plan pages, and a few hundred small index chunks. */
export const PAGES_MAX_ENTRIES = 60;
export const SEARCH_MAX_ENTRIES = 400;

/** A network that has not answered a page in this time loses to a stored copy of that page. */
export const PAGE_NETWORK_TIMEOUT_SECONDS = 4;

/**
 * The key a page or file is stored under: no query (it holds search or calculator state,
 * tracking tags such as fbclid, or Pagefind's cache-busting "?ts=") and no fragment; a page
 * address gets the trailing slash a static host would redirect to.
 */
export function storedPath(url: URL, isPage: boolean): string {
  return isPage && /\/[^/.]+$/.test(url.pathname) ? `${url.pathname}/` : url.pathname;
}

/**
 * Pagefind's entry files (the root one and each province bundle's) name the current index
 * chunks: read from the network first, so a reader still on the previous version never
 * asks the server for chunks it no longer has. The list of common words describes the
 * current nationwide bundle in the same way.
 */
export function isSearchEntry(path: string): boolean {
  return /^\/pagefind\/(?:.*\/)?pagefind-entry\.json$/.test(path) || path === `${SEARCH_ROOT}${COMMON_WORDS_FILE}`;
}

/** Index chunks, fragments, filters and province bundles: their names carry their content's hash. */
export function isSearchIndexFile(path: string): boolean {
  return path.startsWith('/pagefind/') && !isSearchEntry(path);
}
