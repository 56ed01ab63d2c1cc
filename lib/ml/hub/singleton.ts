/** Hub models are loaded once per (model, device, dtype): singletons cached as promises. */

/** The cached load for `key`, started by `load` on first use; a failed load is forgotten so the next call retries. */
export function cachedLoad<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let entry = cache.get(key);
  if (!entry) {
    const started = load();
    entry = started;
    cache.set(key, started);
    started.catch(() => {
      if (cache.get(key) === started) cache.delete(key);
    });
  }
  return entry;
}

/** A page or a worker, as opposed to Node (tests, the CLI). */
export function inBrowserRuntime(): boolean {
  return typeof window !== 'undefined' || typeof importScripts === 'function';
}
