import type { PageHit } from '../../lib/search/rank';
import { SEARCH_ROOT } from '../../lib/search/bundles';

/**
 * Pagefind's browser API, loaded on first use (it is in no page's initial JavaScript),
 * and the searches the search page runs on it: one Pagefind instance per bundle
 * (src/lib/search/bundles.ts), made when a query first needs that bundle.
 */
export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; text: string; location: number }[];
  sub_results: PageHit['subResults'];
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
/** A filter value, or any of several ("these plans"). */
export type PagefindFilters = Record<string, string | { any: string[] }>;
/** Filter name → value → number of pages. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

interface PagefindInstance {
  options: (options: { exactDiacritics?: boolean }) => Promise<void>;
  search: (query: string, options?: { filters?: PagefindFilters }) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<PagefindFilterCounts>;
}
interface PagefindModule {
  createInstance: (options: { basePath: string; noWorker?: boolean; ranking?: { pageLength?: number } }) => PagefindInstance;
}

let loading: Promise<PagefindModule> | null = null;

function loadPagefind(): Promise<PagefindModule> {
  // The runtime is written at build time to /pagefind/; Vite must not try to bundle it.
  loading ??= import(/* @vite-ignore */ `${SEARCH_ROOT}pagefind.js`) as Promise<PagefindModule>;
  return loading;
}

/**
 * Every bundle is searched on the page's own thread. A province holds about a hundred
 * plans and the nationwide bundle one small record per plan: a search takes a few
 * milliseconds (test/bench/search.ts prints the longest task). Pagefind's worker would
 * cost its script and a second copy of the WebAssembly, fetched again inside the
 * worker, and Pagefind starts one worker per page from the folder of the first bundle
 * that asks, which only the root has.
 */
interface Bundle {
  instance: Promise<PagefindInstance>;
  // Pagefind's options are per instance, so searches with different options on one bundle run one at a time.
  queue: Promise<unknown>;
}
const bundles = new Map<string, Bundle>();

function bundle(basePath: string): Bundle {
  let found = bundles.get(basePath);
  if (!found) {
    // A nationwide record holds each word once, so its length is the plan's vocabulary, not
    // its length: Pagefind's length penalty would only rank a plan down for using more words.
    const ranking = basePath === SEARCH_ROOT ? { pageLength: 0 } : undefined;
    const instance = loadPagefind().then((pagefind) => pagefind.createInstance({ basePath, noWorker: true, ranking }));
    found = { instance, queue: Promise.resolve() };
    bundles.set(basePath, found);
  }
  return found;
}

function run<T>(basePath: string, task: (instance: PagefindInstance) => Promise<T>): Promise<T> {
  const target = bundle(basePath);
  const job = target.queue.then(async () => task(await target.instance));
  target.queue = job.catch(() => undefined);
  // A bundle that failed to load (offline, or removed by a new version) is tried afresh next time.
  job.catch(() => bundles.get(basePath) === target && bundles.delete(basePath));
  return job;
}

function searchOnce(basePath: string, query: string, filters: PagefindFilters, exactDiacritics: boolean): Promise<PagefindResult[]> {
  return run(basePath, async (pagefind) => {
    await pagefind.options({ exactDiacritics });
    const found = await pagefind.search(query, { filters });
    if (!found) throw new Error('Pagefind gave no answer');
    return found.results;
  });
}

/**
 * Pages of one bundle matching the query, best first. Pagefind matches words without
 * regard to tone marks; when the query is typed with them, pages with exactly those
 * words come first ("dẫn" before the far more frequent "dân").
 */
export async function searchBundle(basePath: string, query: string, filters: PagefindFilters): Promise<PagefindResult[]> {
  const folded = await searchOnce(basePath, query, filters, false);
  if (query === query.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd')) return folded;
  const exact = await searchOnce(basePath, query, filters, true);
  const seen = new Set(exact.map((r) => r.id));
  return [...exact, ...folded.filter((r) => !seen.has(r.id))];
}

/** Every filter value of one bundle, with its number of pages (loads that bundle's filter files). */
export function bundleFilters(basePath: string): Promise<PagefindFilterCounts> {
  return run(basePath, (pagefind) => pagefind.filters());
}
