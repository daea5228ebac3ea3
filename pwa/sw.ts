// The service worker. `scripts/build-sw.mjs` bundles this file into `out/sw.js` and fills in
// PRECACHE_ENTRIES with the files of the static export (pages, router payloads, chunks, manifest,
// icons), so the app opens and moves between pages with no network. Nothing else is cached: the
// API and the relay's other paths stay live, and documents sync over WebSockets, which a service
// worker never sees.
import { NetworkOnly, Serwist, type PrecacheEntry, type SerwistPlugin } from 'serwist';

declare const PRECACHE_ENTRIES: PrecacheEntry[];

/** Offline stand-in for a page this version of the app does not have (public/offline.html). */
const OFFLINE_PAGE = '/offline.html';

/**
 * A worker takes its own URL from the response that started it, and Turbopack's worker bootstrap
 * reads its start-up parameters from that URL's query (`?params=…`). A cached response carries the
 * URL it was cached under, without the query, so worker scripts are handed over as a fresh
 * response, which keeps the URL the page asked for.
 */
const keepWorkerUrl: SerwistPlugin = {
  cachedResponseWillBeUsed: ({ cachedResponse, event }) => {
    const destination = 'request' in event ? (event.request as Request).destination : '';
    if (!cachedResponse || (destination !== 'worker' && destination !== 'sharedworker')) {
      return cachedResponse;
    }
    return new Response(cachedResponse.body, {
      status: cachedResponse.status,
      statusText: cachedResponse.statusText,
      headers: cachedResponse.headers,
    });
  },
};

const serwist = new Serwist({
  precacheEntries: PRECACHE_ENTRIES,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    plugins: [keepWorkerUrl],
    // A static export serves the same file whatever the query (`?_rsc=…` from the router, `?id=…`).
    ignoreURLParametersMatching: [/.*/],
    // Pages are precached under their trailing-slash URL (`/journal/`); `/journal` is the same page.
    urlManipulation: ({ url }) =>
      url.pathname.endsWith('/') ? [] : [new URL(`${url.pathname}/`, url.origin)],
  },
  // A new version waits until the athlete chooses to reload (components/pwa/), so an update never
  // swaps the app out from under a workout being recorded.
  skipWaiting: false,
  clientsClaim: true,
  // Pages outside the precache go to the network, never into a cache; offline they get OFFLINE_PAGE.
  runtimeCaching: [
    { matcher: ({ request }) => request.mode === 'navigate', handler: new NetworkOnly() },
  ],
  fallbacks: {
    entries: [{ url: OFFLINE_PAGE, matcher: ({ request }) => request.destination === 'document' }],
  },
});

// Next's <Link> sends HEAD requests for the pages it links to; answer those from the precache as
// well, or every link on screen logs a failed request while offline.
serwist.registerCapture(
  ({ url, sameOrigin }) =>
    sameOrigin && serwist.getPrecacheKeyForUrl(url.origin + url.pathname) !== undefined,
  async ({ url, request }) => {
    const cached = await serwist.matchPrecache(url.pathname);
    if (!cached) return fetch(request);
    return new Response(null, { status: cached.status, headers: cached.headers });
  },
  'HEAD',
);

serwist.addEventListeners();
