/**
 * Writes one import into IndexedDB as a unit: conversations stream in batches under state
 * 'writing'; commit flips the import to 'complete' with its analysis; any failure rolls the
 * whole import back, so earlier imports are never touched by a broken one.
 */
import type { Analysis } from '../analysis/types';
import type { AssetReport, AssetRow } from '../assets/types';
import { isQuotaError, storageFullError } from '../ingest/import-error';
import type { Conversation } from '../model/conversation';
import { deleteImportAssets } from './assets';
import { toConversationRows } from './conversation-rows';
import type { ConversationBodyRow, ConversationRow, WrappedDb } from './db';
import { ACTIVE_IMPORT_KEY } from './settings';

const BATCH_MAX_CONVERSATIONS = 400;
const BATCH_MAX_MESSAGES = 8_000;
/** Asset bytes held before a write: a few files, never the export's worth. */
const ASSET_BATCH_MAX_BYTES = 8 * 1024 ** 2;
const ASSET_BATCH_MAX_ROWS = 64;
/** At most this many ids are compared to tell "newer export of the same account" apart. */
const ACCOUNT_SAMPLE_SIZE = 1_000;

export class ImportWriter {
  private rows: ConversationRow[] = [];
  private bodies: ConversationBodyRow[] = [];
  private batchMessages = 0;
  private assets: AssetRow[] = [];
  private assetBytes = 0;
  /** One batch is written while the next one is parsed. */
  private inFlight: Promise<void> = Promise.resolve();
  readonly conversationIds: string[] = [];

  constructor(
    private readonly db: WrappedDb,
    readonly importId: string,
  ) {}

  /** Clears leftovers of an earlier, interrupted attempt at the same file, then marks this one as in progress. */
  async begin(): Promise<void> {
    await deleteImport(this.db, this.importId);
    await this.db.imports.put({ id: this.importId, summary: null, importedAt: Date.now(), state: 'writing' });
  }

  async add(conversation: Conversation): Promise<void> {
    const { row, body } = toConversationRows(this.importId, conversation);
    this.rows.push(row);
    this.bodies.push(body);
    this.conversationIds.push(conversation.id);
    this.batchMessages += conversation.messages.length;
    if (this.rows.length >= BATCH_MAX_CONVERSATIONS || this.batchMessages >= BATCH_MAX_MESSAGES) await this.flush();
  }

  async flush(): Promise<void> {
    const rows = this.rows;
    const bodies = this.bodies;
    this.rows = [];
    this.bodies = [];
    this.batchMessages = 0;
    await this.inFlight;
    this.inFlight = rows.length === 0 ? Promise.resolve() : this.writeBatch(rows, bodies);
  }

  /** Assets are written after the conversations, in small batches awaited in turn (bounded memory). */
  async addAsset(row: AssetRow): Promise<void> {
    this.assets.push(row);
    this.assetBytes += row.blob?.size ?? 0;
    if (this.assets.length >= ASSET_BATCH_MAX_ROWS || this.assetBytes >= ASSET_BATCH_MAX_BYTES) await this.flushAssets();
  }

  async commit(analysis: Analysis, assetReport?: AssetReport): Promise<{ replaced: string[] }> {
    await this.flush();
    await this.inFlight;
    await this.flushAssets();
    const replaced = await this.findSameAccountImports(analysis.source.format);
    await guardQuota(() =>
      this.db.transaction('rw', [this.db.imports, this.db.analyses, this.db.settings], async () => {
        await this.db.analyses.put({ importId: this.importId, analysisVersion: analysis.analysisVersion, analysis, createdAt: Date.now() });
        await this.db.imports.put({ id: this.importId, summary: analysis.source, importedAt: Date.now(), state: 'complete', ...(assetReport ? { assetReport } : {}) });
        await this.db.settings.put({ key: ACTIVE_IMPORT_KEY, value: this.importId });
      }),
    );
    // The new export of the same account supersedes the old one only once it is safely stored.
    for (const id of replaced) await deleteImport(this.db, id);
    return { replaced };
  }

  private async writeBatch(rows: ConversationRow[], bodies: ConversationBodyRow[]): Promise<void> {
    await guardQuota(async () => {
      await this.db.transaction('rw', [this.db.conversations, this.db.bodies], async () => {
        await this.db.conversations.bulkPut(rows);
        await this.db.bodies.bulkPut(bodies);
      });
    });
  }

  private async flushAssets(): Promise<void> {
    const rows = this.assets;
    this.assets = [];
    this.assetBytes = 0;
    if (rows.length > 0) await guardQuota(() => this.db.assets.bulkPut(rows));
  }

  private async findSameAccountImports(format: string): Promise<string[]> {
    const step = Math.max(1, Math.floor(this.conversationIds.length / ACCOUNT_SAMPLE_SIZE));
    const sample = this.conversationIds.filter((_, index) => index % step === 0);
    const others = await this.db.imports.where('state').equals('complete').filter((imp) => imp.id !== this.importId && imp.summary?.format === format).toArray();
    const same: string[] = [];
    for (const other of others) {
      const shared = await this.db.conversations.where('[importId+id]').anyOf(sample.map((id) => [other.id, id])).count();
      if (shared > 0) same.push(other.id);
    }
    return same;
  }
}

export async function deleteImport(db: WrappedDb, importId: string): Promise<void> {
  await db.transaction('rw', [db.imports, db.conversations, db.bodies, db.analyses, db.mlAnalyses, db.vectors, db.settings, db.assets, db.mediaAnalyses], async () => {
    await db.conversations.where('importId').equals(importId).delete();
    await deleteImportAssets(db, importId);
    await db.bodies.where('importId').equals(importId).delete();
    await db.analyses.where('importId').equals(importId).delete();
    await db.mlAnalyses.where('importId').equals(importId).delete();
    await db.imports.delete(importId);
    // Vectors are shared between imports (keyed by text, not import); when the last import
    // goes, nothing derived from anyone's messages may stay behind.
    if ((await db.imports.count()) === 0) await db.vectors.clear();
    const active = await db.settings.get(ACTIVE_IMPORT_KEY);
    if (active?.value === importId) {
      const next = await db.imports.where('state').equals('complete').reverse().sortBy('importedAt');
      if (next[0]) await db.settings.put({ key: ACTIVE_IMPORT_KEY, value: next[0].id });
      else await db.settings.delete(ACTIVE_IMPORT_KEY);
    }
  });
}

/** Removes incomplete imports left by a closed tab or a crash, except those still being written (`isBusy`). */
export async function removeUnfinishedImports(db: WrappedDb, isBusy: (importId: string) => boolean): Promise<string[]> {
  const stale = (await db.imports.where('state').equals('writing').primaryKeys()).filter((id) => !isBusy(id));
  for (const id of stale) await deleteImport(db, id);
  return stale;
}

/** "Delete all my data": every table emptied in one transaction. */
export async function deleteAllData(db: WrappedDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}

async function guardQuota<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw isQuotaError(error) ? storageFullError() : error;
  }
}
