/**
 * What the service worker keeps on install: the shell, never the collection. The shell is
 * the layout's assets, the few pages that are not about one plan (home, lists, search,
 * tools, offline, 404), the calculators' templates, the install manifest and icons, and
 * the search runtime. Plan pages, province pages, data files and search index chunks are
 * cached when a reader opens them (see src/lib/offline/routes.ts), so the shell stays
 * the same size however many plans are published (docs/offline.md).
 */
import { createHash } from 'node:crypto';

export interface BuiltFile {
  /** Path inside dist/, with "/" separators ("ke-hoach/x/index.html"). */
  path: string;
  bytes: Uint8Array;
}

/** "index.html" → "/", "ke-hoach/x/index.html" → "/ke-hoach/x/", "404.html" → "/404.html". */
export function servedUrl(path: string): string {
  return '/' + path.replace(/(^|\/)index\.html$/, '$1');
}

/** The pages of the shell, by their path in dist/. Each is one page whatever the collection's size. */
export const SHELL_PAGES = [
  'index.html',
  'ke-hoach/index.html',
  'nghia-vu/index.html',
  'tim-kiem/index.html',
  'cong-cu/index.html',
  'cong-cu/chi-tieu-dtts/index.html',
  'cong-cu/chat-luong-can-bo/index.html',
  'ngoai-tuyen/index.html',
  '404.html',
];

/**
 * The other shell files, by pattern. None of them can match a file made per plan or per
 * province: `_astro/` holds bundled code and styles (one set for the whole site), and only
 * the root of `pagefind/` is matched — the search runtime, its WebAssembly core, the entry
 * file, the nationwide bundle's meta and its common words (search/common-words.ts) — never `pagefind/index|fragment|filter/` nor the
 * province bundles under `pagefind/tinh/`.
 */
export const SHELL_PATTERNS: readonly RegExp[] = [
  /^_astro\/[^/]+\.(?:js|css|woff2?|svg|png)$/,
  /^mau\/[^/]+\.(?:csv|xlsx)$/,
  /^(?:manifest\.webmanifest|favicon\.svg|icon-\d+\.png)$/,
  /^pagefind\/(?:pagefind\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind|pagefind\.[\w-]+\.pf_meta|tu-pho-bien\.json)$/,
];

/**
 * Bundled code loaded only on request, left out of the shell: ExcelJS (about 250 KB gzip,
 * twice over, one copy per calculator worker) is fetched when a reader first chooses or asks
 * for an .xlsx, and then kept by the runtime cache like any other file (routes.ts).
 */
export const ON_REQUEST_PATTERNS: readonly RegExp[] = [/^_astro\/exceljs\.[^/]+\.js$/];

export function isShellFile(path: string): boolean {
  if (ON_REQUEST_PATTERNS.some((pattern) => pattern.test(path))) return false;
  return SHELL_PAGES.includes(path) || SHELL_PATTERNS.some((pattern) => pattern.test(path));
}

/**
 * Files whose name carries a hash of their content (Vite's `_astro/x.Ab12Cd.js`, Pagefind's
 * `pagefind.vi_c38d8b7708.pf_meta`): their URL is their revision, so the browser's HTTP
 * cache may answer for them. Every other file gets a revision from its bytes.
 */
const NAMED_BY_CONTENT = [/^_astro\//, /\.pf_meta$/];

export interface PrecacheEntry {
  url: string;
  /** Null when the URL itself changes with the content. */
  revision: string | null;
}

export interface PrecacheManifest {
  /** Changes when, and only when, any shell file changes: the browser then installs a new worker. */
  version: string;
  entries: PrecacheEntry[];
}

const digest = (...parts: (string | Uint8Array)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 16);
};

/** The shell's entries, sorted by path, and a version over their URLs and revisions. */
export function precacheManifest(files: readonly BuiltFile[]): PrecacheManifest {
  const shell = files.filter((file) => isShellFile(file.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const entries = shell.map((file) => ({
    url: servedUrl(file.path),
    revision: NAMED_BY_CONTENT.some((pattern) => pattern.test(file.path)) ? null : digest(file.bytes),
  }));
  return { version: digest(...entries.map((entry) => `${entry.url} ${entry.revision ?? ''}`)), entries };
}
