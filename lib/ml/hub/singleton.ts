/** Hub models are looked up in the catalog and loaded once per (model, device, dtype): singletons cached as promises. */
import { dtypeFor, getModel } from '@/lib/models/catalog';
import type { CatalogModel } from '@/lib/models/types';
import { HubModelError } from './errors';

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

export type HubCatalogModel = CatalogModel & { source: { kind: 'hub'; repo: string; revision: string } };

/** The catalog entry for a hub id or repo, if it is a transformers.js hub model of the kind `fits` accepts. */
export function hubCatalogModel(idOrRepo: string, fits: (model: CatalogModel) => boolean, kind: string): HubCatalogModel {
  let model: CatalogModel;
  try {
    model = getModel(idOrRepo);
  } catch (error) {
    throw new HubModelError('unknown-model', (error as Error).message, idOrRepo);
  }
  if (!fits(model) || model.source.kind !== 'hub' || model.runtime !== 'transformers.js') {
    throw new HubModelError('unknown-model', `"${model.id}" is not a ${kind}.`, model.id);
  }
  return model as HubCatalogModel;
}

/**
 * The model singleton for `options`: looks the model up (an unknown one rejects), picks the
 * catalog's dtype for the device unless one is given, and loads once per (model, device, dtype).
 */
export function loadHubSingleton<T>(
  cache: Map<string, Promise<T>>,
  find: () => HubCatalogModel,
  options: { device: string; dtype?: string },
  load: (model: HubCatalogModel, dtype: string) => Promise<T>,
): Promise<T> {
  let model: HubCatalogModel;
  try {
    model = find();
  } catch (error) {
    return Promise.reject(error);
  }
  const dtype = options.dtype ?? dtypeFor(model, options.device === 'webgpu' ? 'webgpu' : 'wasm');
  return cachedLoad(cache, `${model.id}|${options.device}|${dtype}`, () => load(model, dtype));
}
