/**
 * The read side of an import's assets for the UI and the vision and speech workers: lists by
 * kind or conversation (records only, no bytes), one asset's bytes, the import's report, and a
 * paged walk with bytes for analyzers. Written by ImportWriter; removed with their import.
 */
import Dexie from 'dexie';
import type { AssetKind, AssetRecord, AssetReport, AssetRow } from '../assets/types';
import type { WrappedDb } from './db';

const PAGE_SIZE = 50;
const MIN = Dexie.minKey as unknown as string;
const MAX = Dexie.maxKey as unknown as string;

export interface AssetQuery {
  kind?: AssetKind;
  conversationId?: string;
}

/** An import's asset records (without bytes), by kind or by conversation, in time order (unknown times last). */
export async function listAssets(db: WrappedDb, importId: string, query: AssetQuery = {}): Promise<AssetRecord[]> {
  const rows =
    query.conversationId !== undefined
      ? await db.assets.where('[importId+conversationId]').equals([importId, query.conversationId]).toArray()
      : query.kind !== undefined
        ? await db.assets.where('[importId+kind]').equals([importId, query.kind]).toArray()
        : await importRange(db, importId).toArray();
  return rows
    .filter((row) => query.kind === undefined || row.kind === query.kind)
    .map(withoutBlob)
    .sort((a, b) => (a.time ?? Infinity) - (b.time ?? Infinity));
}

export async function countAssets(db: WrappedDb, importId: string, kind: AssetKind): Promise<number> {
  return db.assets.where('[importId+kind]').equals([importId, kind]).count();
}

export async function getAsset(db: WrappedDb, importId: string, assetId: string): Promise<AssetRecord | null> {
  const row = await db.assets.get([importId, assetId]);
  return row ? withoutBlob(row) : null;
}

/** The file's bytes; null when the export lacked the file or only described it. */
export async function getAssetBlob(db: WrappedDb, importId: string, assetId: string): Promise<Blob | null> {
  return (await db.assets.get([importId, assetId]))?.blob ?? null;
}

/** Null for imports stored before assets existed (schema < 5). */
export async function getAssetReport(db: WrappedDb, importId: string): Promise<AssetReport | null> {
  return (await db.imports.get(importId))?.assetReport ?? null;
}

/**
 * Every asset of a kind that has bytes, with them, a page at a time: what an analyzer walks.
 * Pages keep memory to a few files while the caller works.
 */
export async function* iterateAssetFiles(db: WrappedDb, importId: string, kind: AssetKind): AsyncGenerator<AssetRow & { blob: Blob }> {
  const keys = await db.assets.where('[importId+kind]').equals([importId, kind]).primaryKeys();
  for (let start = 0; start < keys.length; start += PAGE_SIZE) {
    const rows = await db.assets.bulkGet(keys.slice(start, start + PAGE_SIZE));
    for (const row of rows) if (row?.blob) yield row as AssetRow & { blob: Blob };
  }
}

/** Removes an import's assets and what was made of them; called inside deleteImport's transaction. */
export async function deleteImportAssets(db: WrappedDb, importId: string): Promise<void> {
  await importRange(db, importId).delete();
  await db.mediaAnalyses.where('[importId+analyzer]').between([importId, MIN], [importId, MAX]).delete();
}

function importRange(db: WrappedDb, importId: string) {
  return db.assets.where('[importId+assetId]').between([importId, MIN], [importId, MAX]);
}

function withoutBlob({ blob: _blob, ...record }: AssetRow): AssetRecord {
  return record;
}
