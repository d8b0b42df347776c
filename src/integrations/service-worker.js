/*
 * The site's service worker, bundled into dist/sw.js by src/integrations/offline.ts with
 * esbuild; __PRECACHE_MANIFEST__ is the shell (src/build/precache.ts). Routing,
 * precaching, strategies and expiry are Workbox's; what is ours is which request goes
 * where, the saved pages, and the offline page (docs/offline.md).
 *
 * It only ever stores the site's own files: nothing a user loads or computes.
 */
import { ExpirationPlugin } from 'workbox-expiration';
import { PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import {
  KEPT_ASSETS_CACHE,
  PAGES_CACHE,
  PAGES_MAX_ENTRIES,
  PAGE_NETWORK_TIMEOUT_SECONDS,
  SAVED_CACHE,
  SEARCH_CACHE,
  SEARCH_MAX_ENTRIES,
  isSearchEntry,
  isSearchIndexFile,
  storedPath,
} from '../lib/offline/routes.ts';

/* global __PRECACHE_MANIFEST__ */
const precache = new PrecacheController();
precache.addToCacheList(__PRECACHE_MANIFEST__);

const OFFLINE_PAGE = '/ngoai-tuyen/';

/** Runtime caches are keyed without query or fragment, pages with their trailing slash. */
const storedKey = {
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    return `${url.origin}${storedPath(url, request.mode === 'navigate')}`;
  },
};

/** A page the reader saved is kept current whenever it is read online. */
const refreshSavedCopy = {
  fetchDidSucceed: async ({ request, response, event }) => {
    if (response.ok) {
      const url = new URL(request.url);
      const key = storedPath(url, true);
      const update = caches.open(SAVED_CACHE).then(async (saved) => {
        if (await saved.match(key)) await saved.put(key, response.clone());
      });
      event.waitUntil(update);
    }
    return response;
  },
};

const pagesExpiration = new ExpirationPlugin({ maxEntries: PAGES_MAX_ENTRIES, purgeOnQuotaError: true });
const searchExpiration = new ExpirationPlugin({ maxEntries: SEARCH_MAX_ENTRIES, purgeOnQuotaError: true });
const pages = new NetworkFirst({ cacheName: PAGES_CACHE, networkTimeoutSeconds: PAGE_NETWORK_TIMEOUT_SECONDS, plugins: [storedKey, refreshSavedCopy, pagesExpiration] });
const files = new NetworkFirst({ cacheName: PAGES_CACHE, plugins: [storedKey, pagesExpiration] });

const sameOrigin = (url) => url.origin === self.location.origin;
// Order matters: the first route that matches answers.
registerRoute(({ url }) => sameOrigin(url) && isSearchEntry(url.pathname), files);
registerRoute(new PrecacheRoute(precache, { ignoreURLParametersMatching: [/.*/], directoryIndex: null, cleanURLs: false }));
registerRoute(({ url }) => sameOrigin(url) && isSearchIndexFile(url.pathname), new CacheFirst({ cacheName: SEARCH_CACHE, plugins: [storedKey, searchExpiration] }));
registerRoute(({ request, url }) => sameOrigin(url) && request.mode === 'navigate', pages);
registerRoute(({ url }) => sameOrigin(url) && url.pathname !== '/sw.js', files);

/**
 * No network and no copy in the strategy's own cache: any other copy (the shell, a saved
 * page, kept assets), else for a page the offline page, which lists what is saved.
 */
setCatchHandler(async ({ request, url }) => {
  const isPage = request.mode === 'navigate';
  const key = storedPath(url, isPage);
  const stored = (await precache.matchPrecache(key)) ?? (await caches.match(key, { ignoreSearch: true }));
  if (stored) return stored;
  const offline = isPage ? await precache.matchPrecache(OFFLINE_PAGE) : undefined;
  if (!offline) return Response.error();
  return new Response(offline.body, { status: 503, statusText: 'Offline', headers: offline.headers });
});

self.addEventListener('install', (event) => {
  precache.install(event);
});

/**
 * A saved page holds the previous version's asset URLs until it is fetched again. Before
 * the precache drops those assets, they are copied aside; they go once every saved page
 * has been refreshed (refreshSavedPages).
 */
async function keepAssetsOfSavedPages() {
  const saved = await caches.open(SAVED_CACHE);
  if ((await saved.keys()).length === 0) return;
  const current = new Set(precache.getURLsToCacheKeys().values());
  const shell = await caches.open(precache.strategy.cacheName);
  const kept = await caches.open(KEPT_ASSETS_CACHE);
  for (const request of await shell.keys()) {
    if (current.has(request.url) || !new URL(request.url).pathname.startsWith('/_astro/')) continue;
    const response = await shell.match(request);
    if (response) await kept.put(request, response);
  }
}

const KNOWN_CACHES = () => new Set([precache.strategy.cacheName, SAVED_CACHE, KEPT_ASSETS_CACHE]);

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await keepAssetsOfSavedPages();
      await precache.activate(event);
      // Pages and index chunks read under the previous version may name its assets: start afresh.
      await Promise.all([pagesExpiration.deleteCacheAndMetadata(), searchExpiration.deleteCacheAndMetadata()]);
      // Anything else is an earlier version's (the whole-site "site-…" caches before the shell).
      const known = KNOWN_CACHES();
      await Promise.all((await caches.keys()).filter((name) => !known.has(name)).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

/** Fetches every saved page and list again; when all are current, the kept assets go. */
async function refreshSavedPages() {
  if (!(await caches.has(KEPT_ASSETS_CACHE))) return;
  const saved = await caches.open(SAVED_CACHE);
  const results = await Promise.allSettled(
    (await saved.keys()).map(async (request) => {
      const response = await fetch(request.url, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${response.status} ${request.url}`);
      await saved.put(request, response);
    }),
  );
  if (results.every((result) => result.status === 'fulfilled')) await caches.delete(KEPT_ASSETS_CACHE);
}

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  // Each page, once loaded, lets the worker bring saved pages up to date after a new
  // version took over (nothing to do unless assets were kept for them).
  if (event.data === 'refresh-saved') event.waitUntil(refreshSavedPages());
});
