/**
 * The model and runtime files (public/models, public/tfjs, public/ort), kept offline in their own
 * cache. Tens of MB, so they are not part of the install: the page asks for them once the app is
 * installed (`CACHE_MODELS`), one file at a time, and any file the app itself asks for first is
 * fetched at once and stored on the way. Keys carry the build's revision of each file, so a
 * changed model replaces the old one and a file from an older build is never served.
 */
import type { RouteHandlerCallback, RouteMatchCallback } from 'serwist';
import type { ModelsStatus } from './protocol';

/** One file, as the build lists it (lib/pwa/precache-manifest.ts → `self.__MODEL_MANIFEST`). */
export interface ModelEntry {
  /** Path on this origin: /models/…, /tfjs/…, /ort/…. */
  url: string;
  /** Content hash. */
  revision: string;
  bytes: number;
}

export const MODEL_CACHE_NAME = 'ai-wrapped-models';

const megabytes = (bytes: number) => `${Math.ceil(bytes / 1e6)} MB`;

/** The cache key of one revision of a file (the revision in the query keeps old ones apart). */
export function modelCacheKey(entry: ModelEntry): string {
  return `${entry.url}?__rev=${encodeURIComponent(entry.revision)}`;
}

function describe(error: unknown): string {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return 'The browser ran out of storage for the offline models.';
  return error instanceof Error ? error.message : String(error);
}

export class ModelCache {
  private readonly byPath: Map<string, ModelEntry>;
  private readonly totalBytes: number;
  private readonly downloads = new Map<string, Promise<void>>();
  private job: Promise<void> | null = null;
  private lastError: string | null = null;
  /** Bytes of the files downloading right now, for a smooth progress bar. */
  private streamingBytes = 0;

  constructor(
    private readonly entries: readonly ModelEntry[],
    private readonly cacheName = MODEL_CACHE_NAME,
  ) {
    this.byPath = new Map(entries.map((entry) => [entry.url, entry]));
    this.totalBytes = entries.reduce((sum, entry) => sum + entry.bytes, 0);
  }

  /** Route matcher: GETs of this origin's model files (range requests go to the network). */
  readonly matches: RouteMatchCallback = ({ request, url, sameOrigin }) =>
    sameOrigin && request.method === 'GET' && !request.headers.has('range') && this.byPath.has(url.pathname);

  /** Route handler: from the cache, else downloaded, stored and served; the network if storing fails. */
  readonly handle: RouteHandlerCallback = async ({ request, url }) => {
    const entry = this.byPath.get(url.pathname);
    if (!entry) return fetch(request);
    const cache = await caches.open(this.cacheName);
    const cached = await cache.match(modelCacheKey(entry));
    if (cached) return cached;
    try {
      await this.ensure(entry);
      const stored = await cache.match(modelCacheKey(entry));
      if (stored) return stored;
    } catch {
      // Out of storage, or the download failed: let the app's own request try the network.
    }
    return fetch(request);
  };

  /** Downloads every file not cached yet, one at a time; a second call joins the first. */
  warm(): Promise<void> {
    this.job ??= (async () => {
      this.lastError = null;
      try {
        await this.checkStorage();
        for (const entry of this.entries) await this.ensure(entry);
      } catch (error) {
        this.lastError = describe(error);
      } finally {
        this.job = null;
      }
    })();
    return this.job;
  }

  async status(): Promise<ModelsStatus> {
    const cached = await this.cachedEntries();
    const cachedBytes = cached.reduce((sum, entry) => sum + entry.bytes, 0);
    const ready = cached.length === this.entries.length;
    return {
      state: ready ? 'ready' : this.job ? 'caching' : 'partial',
      cachedBytes: Math.min(this.totalBytes, cachedBytes + this.streamingBytes),
      totalBytes: this.totalBytes,
      cachedFiles: cached.length,
      totalFiles: this.entries.length,
      error: ready ? null : this.lastError,
    };
  }

  /** Deletes files of other builds (call on activate). */
  async removeStale(): Promise<void> {
    const cache = await caches.open(this.cacheName);
    const current = new Set(this.entries.map((entry) => new URL(modelCacheKey(entry), self.location.origin).href));
    await Promise.all((await cache.keys()).filter((request) => !current.has(request.url)).map((request) => cache.delete(request)));
  }

  private async cachedEntries(): Promise<ModelEntry[]> {
    const cache = await caches.open(this.cacheName);
    const keys = new Set((await cache.keys()).map((request) => request.url));
    return this.entries.filter((entry) => keys.has(new URL(modelCacheKey(entry), self.location.origin).href));
  }

  private async checkStorage(): Promise<void> {
    const { quota, usage } = (await navigator.storage?.estimate?.()) ?? {};
    if (quota === undefined || usage === undefined) return;
    const cached = await this.cachedEntries();
    const missing = this.totalBytes - cached.reduce((sum, entry) => sum + entry.bytes, 0);
    if (quota - usage < missing) {
      throw new Error(`Not enough storage to keep the models offline: ${megabytes(missing)} needed, ${megabytes(quota - usage)} free.`);
    }
  }

  /** One download per file at a time, whoever asks. */
  private ensure(entry: ModelEntry): Promise<void> {
    let pending = this.downloads.get(entry.url);
    if (!pending) {
      pending = this.storeIfMissing(entry).finally(() => this.downloads.delete(entry.url));
      this.downloads.set(entry.url, pending);
    }
    return pending;
  }

  private async storeIfMissing(entry: ModelEntry): Promise<void> {
    const cache = await caches.open(this.cacheName);
    const key = modelCacheKey(entry);
    if (await cache.match(key)) return;
    // Revalidates against the HTTP cache: a file the app has just loaded is not downloaded twice.
    const response = await fetch(entry.url, { cache: 'no-cache', credentials: 'same-origin' });
    if (response.status !== 200 || !response.body) throw new Error(`${entry.url} could not be downloaded (HTTP ${response.status}).`);
    // Stored decoded: drop the transfer encoding and give the decoded length.
    const headers = new Headers(response.headers);
    headers.delete('content-encoding');
    headers.set('content-length', String(entry.bytes));
    let received = 0;
    const counted = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform: (chunk, controller) => {
          received += chunk.byteLength;
          this.streamingBytes += chunk.byteLength;
          controller.enqueue(chunk);
        },
      }),
    );
    try {
      await cache.put(key, new Response(counted, { status: 200, statusText: response.statusText, headers }));
    } finally {
      this.streamingBytes -= received;
    }
    if (received !== entry.bytes) {
      await cache.delete(key);
      throw new Error(`${entry.url} is ${received} bytes on the server, ${entry.bytes} in this build: reload to update the app.`);
    }
  }
}
