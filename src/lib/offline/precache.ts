/**
 * What the service worker keeps for offline use: every file of the built site, by the
 * URL it is served at, and a version that changes whenever any file's content does
 * (so a new deployment is detected by the browser's byte check of /sw.js).
 */
import { createHash } from 'node:crypto';

export interface BuiltFile {
  /** Path inside dist/, with "/" separators ("ke-hoach/x/index.html"). */
  path: string;
  bytes: Uint8Array;
}

/** Files a host reads or the worker itself: never served as pages, so never precached. */
const NOT_PRECACHED = [/^sw\.js$/, /^_headers$/, /\.map$/];

/** "index.html" → "/", "ke-hoach/x/index.html" → "/ke-hoach/x/", "404.html" → "/404.html". */
export function servedUrl(path: string): string {
  return '/' + path.replace(/(^|\/)index\.html$/, '$1');
}

export function isPrecached(path: string): boolean {
  return !NOT_PRECACHED.some((pattern) => pattern.test(path));
}

export interface PrecacheManifest {
  version: string;
  urls: string[];
}

/** The URLs to precache, sorted, and a short content hash over every path and its bytes. */
export function precacheManifest(files: readonly BuiltFile[]): PrecacheManifest {
  const kept = files.filter((file) => isPrecached(file.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const hash = createHash('sha256');
  for (const file of kept) {
    hash.update(file.path).update('\0').update(file.bytes).update('\0');
  }
  return { version: hash.digest('hex').slice(0, 16), urls: kept.map((file) => servedUrl(file.path)) };
}
