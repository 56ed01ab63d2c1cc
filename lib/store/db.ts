/**
 * The one IndexedDB module. Table names and indexes are versioned: never change a store
 * without adding a new `version()` with its migration below.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Analysis, ImportSummary } from '../analysis/types';
import type { Message, MessageKind, SourceFormat } from '../model/conversation';

export const DB_NAME = 'ai-wrapped';

export interface ImportRow {
  /** Content hash of the imported file: re-importing the same bytes hits this row. */
  id: string;
  /** Null while the import is still being written. */
  summary: ImportSummary | null;
  importedAt: number;
  /** Ids of conversations, used to tell "newer export of the same account" from "another account". */
  accountKey: string | null;
  /** 'complete' only after every conversation and the analysis are stored. */
  state: 'writing' | 'complete';
}

export interface ConversationRow {
  importId: string;
  id: string;
  source: SourceFormat;
  title: string;
  createdAt: number | null;
  updatedAt: number | null;
  model: string | null;
  messageCount: number;
  userMessageCount: number;
  /** Lower-cased title + user text, for the browser's text search without loading messages. */
  searchText: string;
  hasCode: boolean;
  kinds: MessageKind[];
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
  return db;
}

let shared: WrappedDb | null = null;

/** One connection per realm (page or worker). */
export function db(): WrappedDb {
  shared ??= openDb();
  return shared;
}
