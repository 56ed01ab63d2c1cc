/**
 * The one IndexedDB module. Table names and indexes are versioned: never change a store
 * without adding a new `version()` with its migration below.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Analysis, ImportSummary } from '../analysis/types';
import type { AssetReport, AssetRow } from '../assets/types';
import type { MlAnalysis } from '../ml/types';
import type { AdaptedHead, ConversationLabel, CustomCategory, CustomHead } from '../custom/types';
import type { Conversation, Message, MessageKind } from '../model/conversation';
import { conversationFacets, type ConversationFacets } from './conversation-facets';

export const DB_NAME = 'ai-wrapped';

export interface ImportRow {
  /** Content hash of the imported file: re-importing the same bytes hits this row. */
  id: string;
  /** Null while the import is still being written. */
  summary: ImportSummary | null;
  importedAt: number;
  /** 'complete' only after every conversation and the analysis are stored. */
  state: 'writing' | 'complete';
  /** Since schema v5: the export's files, linked, missing and extra (absent for earlier imports). */
  assetReport?: AssetReport;
}

/** A conversation without its messages (those live in `bodies`), plus what the browser lists and filters on. */
export interface ConversationRow extends Omit<Conversation, 'messages'> {
  importId: string;
  messageCount: number;
  userMessageCount: number;
  /** Lower-cased title + user text, for the browser's text search without loading messages. */
  searchText: string;
  hasCode: boolean;
  kinds: MessageKind[];
  /** Since schema v2: every model that answered (v1 rows only had the default `model`). */
  models: string[];
}

/**
 * A conversation's messages in one row: IndexedDB cost is per row, so one row per
 * conversation writes a large import many times faster than one row per message.
 */
export interface ConversationBodyRow {
  importId: string;
  conversationId: string;
  messages: Message[];
}

export interface AnalysisRow {
  importId: string;
  analysisVersion: string;
  analysis: Analysis;
  createdAt: number;
}

/** The ML layer of an import's analysis, per ML version and time zone (months are local). */
export interface MlAnalysisRow {
  importId: string;
  mlVersion: string;
  timeZone: string;
  analysis: MlAnalysis;
  createdAt: number;
}

/**
 * One cached text vector, shared by every import (a newer export re-uses the old vectors).
 * Stored as int8 with one scale (512 bytes, not 2 KB, per vector): cosine similarities move by
 * well under 0.01, far below what changes a label or a neighbour.
 */
export interface VectorRow {
  encoderId: string;
  textHash: string;
  quantized: Int8Array;
  scale: number;
}

/** What an analyzer (`vision-1`, `speech-1`, …) made of one asset; keyed so a new analyzer version starts fresh. */
export interface MediaAnalysisRow<Result = unknown> {
  importId: string;
  assetId: string;
  analyzer: string;
  result: Result;
  createdAt: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export type WrappedDb = Dexie & {
  imports: EntityTable<ImportRow, 'id'>;
  conversations: Dexie.Table<ConversationRow, [string, string]>;
  bodies: Dexie.Table<ConversationBodyRow, [string, string]>;
  analyses: Dexie.Table<AnalysisRow, [string, string]>;
  settings: EntityTable<SettingRow, 'key'>;
  mlAnalyses: Dexie.Table<MlAnalysisRow, [string, string, string]>;
  vectors: Dexie.Table<VectorRow, [string, string]>;
  categories: EntityTable<CustomCategory, 'id'>;
  labels: Dexie.Table<ConversationLabel, [string, string, string]>;
  customHeads: EntityTable<CustomHead, 'importId'>;
  adaptedHeads: EntityTable<AdaptedHead, 'head'>;
  assets: Dexie.Table<AssetRow, [string, string]>;
  mediaAnalyses: Dexie.Table<MediaAnalysisRow, [string, string, string]>;
};

export function openDb(name: string = DB_NAME): WrappedDb {
  const db = new Dexie(name) as WrappedDb;
  db.version(1).stores({
    imports: 'id, importedAt, state',
    conversations: '[importId+id], importId, [importId+createdAt]',
    bodies: '[importId+conversationId], importId',
    analyses: '[importId+analysisVersion], importId',
    settings: 'key',
  });
  // v2: listing rows carry every answering model and attachment kinds, so the browser's
  // filters match what the stats count. Derived from the stored bodies.
  db.version(2)
    .stores({})
    .upgrade(async (tx) => {
      const facets = new Map<string, ConversationFacets>();
      await tx.table<ConversationBodyRow>('bodies').each((body) => {
        facets.set(rowKey(body.importId, body.conversationId), conversationFacets(body.messages, null));
      });
      await tx
        .table<ConversationRow>('conversations')
        .toCollection()
        .modify((row) => {
          const derived = facets.get(rowKey(row.importId, row.id));
          row.models = derived?.models.length ? derived.models : row.model ? [row.model] : [];
          row.kinds = derived?.kinds ?? row.kinds;
        });
    });
  // v3: the ML layer (analyses per import, ML version and time zone) and the vector cache.
  db.version(3).stores({
    mlAnalyses: '[importId+mlVersion+timeZone], importId',
    vectors: '[encoderId+textHash]',
  });
  // v4: the user's own categories, their labels (and corrections of the shipped sentiment head),
  // the head trained per import, and adapted shipped heads. New stores only: nothing to migrate.
  db.version(4).stores({
    categories: 'id, order',
    labels: '[task+importId+conversationId], [task+importId]',
    customHeads: 'importId',
    adaptedHeads: 'head',
  });
  // v5: the export's files (images, voice clips, uploads) with their bytes, and what the vision
  // and speech models made of them. New stores only; earlier imports simply have no assets.
  db.version(5).stores({
    assets: '[importId+assetId], [importId+kind], [importId+conversationId]',
    mediaAnalyses: '[importId+assetId+analyzer], [importId+analyzer]',
  });
  return db;
}

const rowKey = (importId: string, conversationId: string) => `${importId}\u0000${conversationId}`;

let shared: WrappedDb | null = null;

/** One connection per realm (page or worker). */
export function db(): WrappedDb {
  shared ??= openDb();
  return shared;
}
