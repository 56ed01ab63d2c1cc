'use client';
/**
 * The UI's only door to stored data: the active import's analysis, a paged conversation
 * listing and one conversation's messages. Read-only; the import side writes and then
 * invalidates `wrappedQueryKeys.all`.
 */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import Dexie, { type Collection } from 'dexie';
import { ANALYSIS_VERSION, type Analysis } from '@/lib/analysis/types';
import type { Message } from '@/lib/model/conversation';
import { db, type ConversationRow, type ImportRow, type WrappedDb } from '@/lib/store/db';
import { ACTIVE_IMPORT_KEY } from '@/lib/store/settings';
import {
  hasDateRange,
  matchesConversation,
  normalizeFilters,
  searchTerms,
  type ConversationFilters,
} from '@/lib/view/conversation-filter';

export type { ConversationFilters } from '@/lib/view/conversation-filter';

export const CONVERSATION_PAGE_SIZE = 50;

export const wrappedQueryKeys = {
  /** Invalidate this after any import or delete: it covers every key below. */
  all: ['wrapped'] as const,
  activeAnalysis: () => ['wrapped', 'active-analysis'] as const,
  conversationsOf: (importId: string) => ['wrapped', 'conversations', importId] as const,
  conversations: (importId: string, filters: ConversationFilters) =>
    ['wrapped', 'conversations', importId, normalizeFilters(filters)] as const,
  messages: (importId: string, conversationId: string) => ['wrapped', 'messages', importId, conversationId] as const,
};

export interface ActiveAnalysis {
  importRow: ImportRow;
  analysis: Analysis;
}

/** A listing row without its search text (up to 8 KB each, never shown). */
export type ConversationSummary = Omit<ConversationRow, 'searchText'>;

export interface ConversationPage {
  conversations: ConversationSummary[];
  next: ConversationCursor | null;
}

/** Newest first by createdAt (ties by id, descending), then undated conversations by id. */
export type ConversationCursor =
  | { phase: 'dated'; createdAt: number; id: string }
  | { phase: 'undated'; afterId: string | null };

export interface ConversationDetail {
  conversation: ConversationSummary;
  messages: Message[];
}

/** The active import and its analysis at the current ANALYSIS_VERSION; null when there is none yet. */
export function useActiveAnalysis() {
  return useQuery({ queryKey: wrappedQueryKeys.activeAnalysis(), queryFn: () => readActiveAnalysis(db()) });
}

export function useConversations(importId: string | null | undefined, filters: ConversationFilters) {
  const normalized = normalizeFilters(filters);
  return useInfiniteQuery({
    queryKey: wrappedQueryKeys.conversations(importId ?? '', normalized),
    queryFn: ({ pageParam }) => readConversationPage(db(), importId!, normalized, pageParam),
    initialPageParam: null as ConversationCursor | null,
    getNextPageParam: (page: ConversationPage) => page.next,
    enabled: Boolean(importId),
    staleTime: Infinity,
  });
}

export function useConversationMessages(importId: string | null | undefined, conversationId: string | null | undefined) {
  return useQuery({
    queryKey: wrappedQueryKeys.messages(importId ?? '', conversationId ?? ''),
    queryFn: () => readConversation(db(), importId!, conversationId!),
    enabled: Boolean(importId && conversationId),
  });
}

export async function readActiveAnalysis(database: WrappedDb): Promise<ActiveAnalysis | null> {
  const setting = await database.settings.get(ACTIVE_IMPORT_KEY);
  let importId = typeof setting?.value === 'string' ? setting.value : null;
  if (!importId) {
    // No choice recorded: fall back to the newest complete import.
    const latest = await database.imports.orderBy('importedAt').reverse().filter((row) => row.state === 'complete').first();
    importId = latest?.id ?? null;
  }
  if (!importId) return null;
  const [importRow, analysisRow] = await Promise.all([
    database.imports.get(importId),
    database.analyses.get([importId, ANALYSIS_VERSION]),
  ]);
  if (!importRow || importRow.state !== 'complete' || !analysisRow) return null;
  return { importRow, analysis: analysisRow.analysis };
}

const MIN_KEY = Dexie.minKey as unknown as string;
const MAX_KEY = Dexie.maxKey as unknown as string;
/** Rows one page may read: bounds a search that matches little to a few hundred ms. */
export const CONVERSATION_SCAN_BUDGET = 3_000;

/**
 * One page of the listing. Walks the [importId+createdAt] index backwards with a keyset
 * cursor, so a page costs the rows it reads, not the rows before it. Conversations without
 * a date are not in that index; they follow, by id, unless a date range is set. A page
 * stops after CONVERSATION_SCAN_BUDGET rows even if it is short, and `next` resumes there:
 * a rare search term streams in over several pages instead of blocking on one long scan.
 */
export async function readConversationPage(
  database: WrappedDb,
  importId: string,
  filters: ConversationFilters,
  cursor: ConversationCursor | null,
  pageSize = CONVERSATION_PAGE_SIZE,
  scanBudget = CONVERSATION_SCAN_BUDGET,
): Promise<ConversationPage> {
  const terms = searchTerms(filters.search);
  const matches = (row: ConversationRow) => matchesConversation(row, filters, terms);
  const page = (rows: ConversationRow[], next: ConversationCursor | null): ConversationPage => ({ conversations: rows.map(toSummary), next });
  let phaseCursor = cursor ?? { phase: 'dated' as const, createdAt: Number.POSITIVE_INFINITY, id: MAX_KEY };
  let rows: ConversationRow[] = [];
  let budget = scanBudget;

  if (phaseCursor.phase === 'dated') {
    const { createdAt, id } = phaseCursor;
    const lower: [string, number] = [importId, filters.from ?? Number.NEGATIVE_INFINITY];
    const cappedByTo = typeof filters.to === 'number' && filters.to <= createdAt;
    const upper: [string, number] = [importId, cappedByTo ? filters.to! : createdAt];
    const collection = database.conversations.where('[importId+createdAt]').between(lower, upper, true, !cappedByTo).reverse();
    // Rows tied with the cursor's time that were already listed are skipped without counting.
    const seen = (row: ConversationRow) => row.createdAt === createdAt && row.id >= id;
    const scan = await scanCollection(collection, seen, matches, pageSize, budget);
    rows = scan.rows;
    const resume = scan.lastSeen ? { phase: 'dated' as const, createdAt: scan.lastSeen.createdAt!, id: scan.lastSeen.id } : null;
    if (!scan.exhausted) return page(rows, resume);
    if (hasDateRange(filters) || !(await hasUndated(database, importId))) return page(rows, null);
    budget -= scan.scanned;
    phaseCursor = { phase: 'undated', afterId: null };
    if (budget <= 0 || rows.length === pageSize) return page(rows, phaseCursor);
  }

  const { afterId } = phaseCursor;
  const collection = database.conversations
    .where('[importId+id]')
    .between([importId, afterId ?? MIN_KEY], [importId, MAX_KEY], afterId === null, true);
  const undatedMatch = (row: ConversationRow) => row.createdAt === null && matches(row);
  const scan = await scanCollection(collection, () => false, undatedMatch, pageSize - rows.length, budget);
  rows = rows.concat(scan.rows);
  if (scan.exhausted) return page(rows, null);
  return page(rows, { phase: 'undated', afterId: scan.lastSeen?.id ?? afterId });
}

interface Scan {
  rows: ConversationRow[];
  scanned: number;
  lastSeen: ConversationRow | null;
  /** True when the range ran out before the page filled or the budget was spent. */
  exhausted: boolean;
}

/**
 * Reads matching rows in collection order until `limit` match, `budget` rows are read, or the
 * range ends. Skipped rows neither count nor become the resume point.
 */
async function scanCollection(
  collection: Collection<ConversationRow, [string, string]>,
  skip: (row: ConversationRow) => boolean,
  matches: (row: ConversationRow) => boolean,
  limit: number,
  budget: number,
): Promise<Scan> {
  let scanned = 0;
  let lastSeen: ConversationRow | null = null;
  const rows: ConversationRow[] = [];
  await collection
    .until(() => scanned >= budget || rows.length >= limit)
    .each((row) => {
      if (skip(row)) return;
      scanned++;
      lastSeen = row;
      if (matches(row)) rows.push(row);
    });
  return { rows, scanned, lastSeen, exhausted: scanned < budget && rows.length < limit };
}

/** Index counts only: no row is read. */
async function hasUndated(database: WrappedDb, importId: string): Promise<boolean> {
  const [all, dated] = await Promise.all([
    database.conversations.where('importId').equals(importId).count(),
    database.conversations
      .where('[importId+createdAt]')
      .between([importId, Number.NEGATIVE_INFINITY], [importId, Number.POSITIVE_INFINITY], true, true)
      .count(),
  ]);
  return all > dated;
}

export async function readConversation(database: WrappedDb, importId: string, conversationId: string): Promise<ConversationDetail | null> {
  const [row, body] = await Promise.all([
    database.conversations.get([importId, conversationId]),
    database.bodies.get([importId, conversationId]),
  ]);
  if (!row) return null;
  return { conversation: toSummary(row), messages: body?.messages ?? [] };
}

function toSummary(row: ConversationRow): ConversationSummary {
  const { searchText: _searchText, ...summary } = row;
  return summary;
}
