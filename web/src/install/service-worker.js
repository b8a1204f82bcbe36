// Flick's service worker: the app shell (index.html and the build's hashed assets) works offline and
// loads from the cache; nothing else is ever cached. API answers and media are for one person at one
// time (a private video, a feed, a session) and go to the network as if there were no worker.
//
// The build (web/serviceWorker.ts) replaces __FLICK_BUILD__ and __FLICK_SHELL__ with the release's
// id and asset list, so every release is a new worker: it installs beside the running one, caches
// the new shell, takes over (skipWaiting, clients.claim) and deletes the old release's cache.
// Pages are network-first, so a new release's index.html is used at the next load while online.
const BUILD = __FLICK_BUILD__;
const SHELL = __FLICK_SHELL__;
const CACHE = `flick-shell-${BUILD}`;
const SHELL_PAGE = '/';

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // cache: 'reload' skips the HTTP cache, so the page cached is this release's.
    await cache.addAll([SHELL_PAGE, ...SHELL].map((url) => new Request(url, { cache: 'reload' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('flick-shell-') && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && !/^\/(api|media|v3|swagger-ui|actuator)(\/|$)/.test(url.pathname)) {
    event.respondWith(page(request));
  } else if (url.pathname.startsWith('/assets/') || SHELL.includes(url.pathname)) {
    event.respondWith(asset(request));
  }
  // Anything else (the API, media, uploads) is not touched: never cached, never answered from a cache.
});

/** Network first, so a new release shows at once; offline, the cached shell (the client routes itself). */
async function page(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = await caches.match(SHELL_PAGE, { cacheName: CACHE });
    if (cached) return cached;
    throw error;
  }
}

/** Hashed assets never change: from the cache when there, else from the network (and kept). */
async function asset(request) {
  const cached = await caches.match(request, { cacheName: CACHE });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && new URL(request.url).pathname.startsWith('/assets/')) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}
