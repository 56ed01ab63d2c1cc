/**
 * Client-side navigations (router.push, <Link>) fetch a page's RSC payload instead of its HTML.
 * Offline that request would fail, and Next would fall back to reloading the page, dropping
 * whatever runs in memory (an import still saving, the ML worker). So install also stores the
 * payload of every precached page, served cache-first like the HTML. Next answers a navigation
 * to a static page with its one prerendered payload (`x-nextjs-prerender`) whatever the router's
 * state, so one copy per page is exact. Segment prefetches are left to the network.
 */
import type { RouteHandlerCallback, RouteMatchCallback, Serwist } from 'serwist';

export const PAGE_PAYLOAD_CACHE = 'ai-wrapped-page-payloads';

export class PagePayloads {
  private keys: Map<string, string> | null = null;

  constructor(
    private readonly serwist: Serwist,
    private readonly cacheName = PAGE_PAYLOAD_CACHE,
  ) {}

  readonly matches: RouteMatchCallback = ({ request, url, sameOrigin }) =>
    sameOrigin && request.headers.get('RSC') === '1' && !request.headers.has('Next-Router-Segment-Prefetch') && this.pageKeys().has(url.pathname);

  readonly handle: RouteHandlerCallback = async ({ request, url }) => {
    const key = this.pageKeys().get(url.pathname);
    const cached = key ? await (await caches.open(this.cacheName)).match(key, { ignoreVary: true }) : undefined;
    return cached ?? fetch(request);
  };

  /** Stores every page's payload (call from the install event). */
  async install(): Promise<void> {
    const cache = await caches.open(this.cacheName);
    await Promise.all(
      [...this.pageKeys()].map(async ([pathname, key]) => {
        const response = await fetch(`${pathname}?_rsc`, { headers: { RSC: '1' }, cache: 'no-cache' });
        if (!response.ok) throw new Error(`The page data of ${pathname} could not be stored (HTTP ${response.status}).`);
        await cache.put(key, response);
      }),
    );
  }

  /** Deletes payloads of other builds (call on activate). */
  async removeStale(): Promise<void> {
    const cache = await caches.open(this.cacheName);
    const current = new Set(this.pageKeys().values());
    await Promise.all((await cache.keys()).filter((request) => !current.has(request.url)).map((request) => cache.delete(request)));
  }

  /** Precached pages (URLs of this origin without an extension, outside /_next/) → cache key with the build's revision. */
  private pageKeys(): Map<string, string> {
    if (this.keys) return this.keys;
    this.keys = new Map();
    for (const [url, precacheKey] of this.serwist.getUrlsToPrecacheKeys()) {
      const { origin, pathname } = new URL(url);
      const file = pathname.split('/').pop() ?? '';
      if (origin !== self.location.origin || pathname.startsWith('/_next/') || file.includes('.')) continue;
      this.keys.set(pathname, new URL(`${precacheKey}${precacheKey.includes('?') ? '&' : '?'}__payload=rsc`, self.location.origin).href);
    }
    return this.keys;
  }
}
