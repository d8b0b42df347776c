/*
 * The site's service worker, written to dist/sw.js by src/integrations/offline.ts with
 * the line below filled in. It keeps every file of the site (pages, search index,
 * calculators, templates) so that after one visit everything works without a network.
 * It only ever stores the site's own files: nothing a user loads or computes.
 *
 * Pages are answered from the cache first, so the version a user has stays whole; a
 * new deployment installs beside it and waits until the page's update notice
 * (src/components/UpdateNotice/) asks it to take over.
 */
const MANIFEST = { version: '', urls: [] };

const CACHE = `site-${MANIFEST.version}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // 'reload' skips the HTTP cache, so the stored copy is the deployed file.
      cache.addAll(MANIFEST.urls.map((url) => new Request(url, { cache: 'reload' }))),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('site-') && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

/**
 * The cached URL for a request. Queries are ignored: on pages they hold search and
 * calculator state, on files they only bust caches (Pagefind's "?ts=").
 */
function cacheKey(url, isPage) {
  // A static host redirects "/ke-hoach/x" to "/ke-hoach/x/"; do the same offline.
  return isPage && /\/[^/.]+$/.test(url.pathname) ? `${url.pathname}/` : url.pathname;
}

async function respond(request, url) {
  const cache = await caches.open(CACHE);
  const isPage = request.mode === 'navigate';
  const cached = await cache.match(cacheKey(url, isPage), { ignoreSearch: true });
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (error) {
    // Every page of the site is cached, so a page missing here does not exist.
    const notFound = isPage ? await cache.match('/404.html') : undefined;
    if (!notFound) throw error;
    return new Response(notFound.body, { status: 404, headers: notFound.headers });
  }
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(respond(event.request, url));
});
