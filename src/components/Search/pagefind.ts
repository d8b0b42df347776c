import { subResults, type FragmentAnchor, type SubResult } from '../../lib/search/sub-results';
import { SEARCH_ROOT } from '../../lib/search/bundles';
import { COMMON_WORDS_FILE, type CommonWords } from '../../lib/search/common-words';

/**
 * Pagefind's browser API, loaded on first use (it is in no page's initial JavaScript),
 * and the searches the search page runs on it: one Pagefind instance per bundle
 * (src/lib/search/bundles.ts), made when a query first needs that bundle.
 */
/** A page found: its id (Pagefind's fragment name) and the word positions matched in it. */
export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
}
/** What the search page reads of a page found: its fragment, and its sub-results (sub-results.ts). */
export interface FoundPage {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: FragmentAnchor[];
  subResults: SubResult[];
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
    // Searches run on the page's thread: the nationwide bundle keeps each word in a bounded
    // number of plans (nationwide.ts), so no search holds the thread long enough to need
    // Pagefind's worker, whose script and second copy of the WebAssembly a first search would fetch.
    const instance = loadPagefind().then((pagefind) => onPageThread(() => pagefind.createInstance({ basePath, noWorker: true, ranking })));
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

let common: Promise<CommonWords> | null = null;

/**
 * The words cut from the nationwide bundle (nationwide.ts). A site built before the file
 * existed, or a failed fetch, gives none: every word is then searched for plans, as before.
 */
export function commonWords(): Promise<CommonWords> {
  common ??= fetch(`${SEARCH_ROOT}${COMMON_WORDS_FILE}`)
    .then((response) => (response.ok ? (response.json() as Promise<CommonWords>) : Promise.reject(new Error(String(response.status)))))
    .catch(() => {
      common = null;
      return { perWord: 0, words: {} };
    });
  return common;
}

/** Pagefind's files start with this signature once decompressed. */
const SIGNATURE = new TextEncoder().encode('pagefind_dcd');
const isSigned = (bytes: Uint8Array) => SIGNATURE.every((byte, i) => bytes[i] === byte);

type Fragment = Omit<FoundPage, 'subResults'>;
const fragments = new Map<string, Promise<Fragment>>();

/** A fragment file: gzip (or already decompressed by a host that sent it encoded), then the signature, then JSON. */
async function readFragment(url: string): Promise<Fragment> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  let bytes = new Uint8Array(await response.arrayBuffer());
  if (!isSigned(bytes)) bytes = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
  if (!isSigned(bytes)) throw new Error(`${url}: not a Pagefind fragment`);
  return JSON.parse(new TextDecoder().decode(bytes.subarray(SIGNATURE.length))) as Fragment;
}

/**
 * A page found in the bundle at `basePath`, read from its fragment, with the matched words
 * grouped by clause. Pagefind's own `result.data()` does the same but also builds an excerpt
 * per clause, which took half of a warm search in a large province (sub-results.ts).
 */
export async function readResult(basePath: string, result: PagefindResult): Promise<FoundPage> {
  const url = `${basePath}fragment/${result.id}.pf_fragment`;
  let fragment = fragments.get(url);
  if (!fragment) {
    fragment = readFragment(url);
    fragments.set(url, fragment);
    fragment.catch(() => fragments.delete(url));
  }
  const page = await fragment;
  return { ...page, subResults: subResults(page.url, page.meta.title ?? '', page.anchors, result.words) };
}
