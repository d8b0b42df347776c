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

/** Up to this many plans, a search on the page's own thread takes a few milliseconds. */
const MAIN_THREAD_PLANS = 100;

/**
 * Whether a bundle is searched in Pagefind's worker. A province holds about a hundred
 * plans and is searched on the page's thread. The nationwide bundle of a large collection
 * is searched in the worker: a query of common words matches every plan, and scoring
 * 3,400 plans held the page's thread for seconds (docs/search.md). Only the root can
 * have the worker: Pagefind starts one per page, from the folder of the first instance
 * that asks, and only the root holds pagefind-worker.js. A small collection is searched
 * without it, which saves fetching its script (12 KB of the first query).
 */
async function usesWorker(basePath: string): Promise<boolean> {
  if (basePath !== SEARCH_ROOT) return false;
  return fetch(`${basePath}pagefind-entry.json`, { cache: 'no-store' })
    .then((response) => response.json() as Promise<{ languages: Record<string, { page_count: number }> }>)
    .then((entry) => Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0) > MAIN_THREAD_PLANS)
    .catch(() => false);
}

/** The first instance on the page's thread, once it has loaded Pagefind's WebAssembly. */
let pageThreadReady: Promise<unknown> | null = null;

/**
 * Starts an instance on the page's thread. Pagefind loads its WebAssembly once per thread,
 * but instances that start together each load it, and the last replaces the memory the
 * others already use (their searches then fail with "RuntimeError: unreachable"; seen when
 * a nationwide search opened plans of three provinces at once). So the first instance
 * starts alone; an empty search returns once it is ready, without fetching anything.
 */
async function onPageThread(create: () => PagefindInstance): Promise<PagefindInstance> {
  if (pageThreadReady) {
    await pageThreadReady;
    return create();
  }
  const first = create();
  pageThreadReady = first.search('').catch(() => (pageThreadReady = null));
  await pageThreadReady;
  return first;
}

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
    const instance = Promise.all([loadPagefind(), usesWorker(basePath)]).then(([pagefind, worker]) =>
      worker ? pagefind.createInstance({ basePath, ranking }) : onPageThread(() => pagefind.createInstance({ basePath, noWorker: true, ranking })),
    );
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
