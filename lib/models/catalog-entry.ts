import type { CatalogModel } from './types';

/** A catalog entry with its total size computed from its files. */
export function catalogEntry(model: Omit<CatalogModel, 'totalBytes'>): CatalogModel {
  return { ...model, totalBytes: model.files.reduce((sum, file) => sum + file.bytes, 0) };
}
