/// <reference lib="webworker" />
/**
 * The service worker: the app works offline after the first visit.
 *
 * - Install precaches the app shell: every static page, its RSC payload (page-payloads.ts) and
 *   the hashed chunks they load (served cache-first, so the pages and their code always belong
 *   to the same build).
 * - Model files live in their own cache, filled after install (model-cache.ts).
 * - Nothing else is touched: /api/*, the short-link pages /s/<id> and anything not listed here go
 *   to the network as if there were no service worker.
 * - Responses are served with the headers they were fetched with, so COOP/COEP (cross-origin
 *   isolation, for WASM threads) and the CSP hold offline too.
 * - A new version installs in the background and waits; the page's "new version" toast sends
 *   SKIP_WAITING and reloads.
 */
import { CacheFirst, ExpirationPlugin, Serwist, type PrecacheEntry, type RouteHandlerCallback, type RouteMatchCallback, type SerwistPlugin } from 'serwist';
import { ModelCache, type ModelEntry } from './model-cache';
import { PagePayloads } from './page-payloads';
import type { SwRequest } from './protocol';

// Both injected at build time (app/serwist/[path]/route.ts).
declare const self: ServiceWorkerGlobalScope & {
  __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  __MODEL_MANIFEST: ModelEntry[];
};

const modelCache = new ModelCache(self.__MODEL_MANIFEST);

/** Navigations with a query string (/wrapped?autoplay=0) get the precached page of their path. */
const isPageNavigation: RouteMatchCallback = ({ request, url, sameOrigin }) =>
  sameOrigin && request.mode === 'navigate' && serwist.getPrecacheKeyForUrl(url.pathname) !== undefined;
const precachedPage: RouteHandlerCallback = async ({ request, url }) => (await serwist.matchPrecache(url.pathname)) ?? fetch(request);

/**
 * Turbopack's worker entry reads its bootstrap config from its own URL (`#params=…` or
 * `?params=…`), and a worker's URL is its response's. A cached response carries the URL it was
 * cached under (no params); a response without a URL takes the request's, params included.
 */
const keepWorkerUrls: SerwistPlugin = {
  handlerWillRespond: async ({ request, response }) =>
    request.destination === 'worker' || request.destination === 'sharedworker' ? new Response(response.body, response) : response,
};

/** Hashed and immutable: chunks only some code paths load, cached the first time they are. */
const isStaticChunk: RouteMatchCallback = ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/');

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    cacheName: 'ai-wrapped-precache',
    concurrency: 4,
    // `params`: a worker entry's bootstrap config (above), not part of the file.
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^params$/],
    plugins: [keepWorkerUrls],
  },
  skipWaiting: false,
  // The first install takes the open tab at once, so the models it loads are cached as it goes.
  clientsClaim: true,
  runtimeCaching: [
    { matcher: modelCache.matches, handler: modelCache.handle },
    { matcher: isPageNavigation, handler: precachedPage },
    {
      matcher: isStaticChunk,
      handler: new CacheFirst({
        cacheName: 'ai-wrapped-static',
        plugins: [keepWorkerUrls, new ExpirationPlugin({ maxEntries: 64, purgeOnQuotaError: true })],
      }),
    },
  ],
});

const pagePayloads = new PagePayloads(serwist);
serwist.registerCapture(pagePayloads.matches, pagePayloads.handle);

self.addEventListener('message', (event) => {
  const request = event.data as SwRequest | undefined;
  if (request?.type === 'CACHE_MODELS') event.waitUntil(modelCache.warm());
  if (request?.type === 'MODELS_STATUS') event.waitUntil(modelCache.status().then((status) => event.ports[0]?.postMessage(status)));
});

self.addEventListener('install', (event) => event.waitUntil(pagePayloads.install()));
self.addEventListener('activate', (event) => event.waitUntil(Promise.all([modelCache.removeStale(), pagePayloads.removeStale()])));

serwist.addEventListeners();
