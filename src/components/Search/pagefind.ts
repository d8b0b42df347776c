import type { PageHit } from '../../lib/search/rank';

/**
 * Pagefind's browser API, loaded on first use (it is in no page's initial JavaScript),
 * and the clause search the search page runs on it.
 */
export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string>;
  sub_results: PageHit['subResults'];
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface PagefindApi {
  options: (options: { exactDiacritics?: boolean; noWorker?: boolean }) => Promise<void>;
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<PagefindApi> | null = null;
let noWorker: Promise<boolean> | null = null;

/** Up to this many plans, searching on the page's own thread takes a few milliseconds. */
const MAIN_THREAD_PLANS = 100;

function loadPagefind(): Promise<PagefindApi> {
  // The index is written at build time to /pagefind/; Vite must not try to bundle it.
  loading ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`) as Promise<PagefindApi>;
  // A small collection is searched without Pagefind's worker, which saves fetching its
  // script (12 KB of the first query); a large one keeps the page responsive in the worker.
  noWorker ??= fetch('/pagefind/pagefind-entry.json', { cache: 'no-store' })
    .then((response) => response.json() as Promise<{ languages: Record<string, { page_count: number }> }>)
    .then((entry) => Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0) <= MAIN_THREAD_PLANS)
    .catch(() => false);
  return loading;
}

// Pagefind's options are global, so searches with different options run one at a time.
let queue: Promise<unknown> = Promise.resolve();

function searchOnce(query: string, filters: Record<string, string>, exactDiacritics: boolean): Promise<PagefindResult[]> {
  const job = queue.then(async () => {
    const pagefind = await loadPagefind();
    // Before the first search, options set how Pagefind starts; each call replaces the last.
    await pagefind.options({ exactDiacritics, noWorker: await noWorker! });
    const found = await pagefind.search(query, { filters });
    if (!found) throw new Error('Pagefind gave no answer');
    return found.results;
  });
  queue = job.catch(() => undefined);
  return job;
}

/**
 * Plans matching the query, best first. Pagefind matches words without regard to
 * tone marks; when the query is typed with them, plans with exactly those words
 * come first ("dẫn" before the far more frequent "dân").
 */
export async function searchPlans(query: string, filters: Record<string, string>): Promise<PagefindResult[]> {
  const folded = await searchOnce(query, filters, false);
  if (query === query.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd')) return folded;
  const exact = await searchOnce(query, filters, true);
  const seen = new Set(exact.map((r) => r.id));
  return [...exact, ...folded.filter((r) => !seen.has(r.id))];
}
