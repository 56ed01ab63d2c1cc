'use client';
/**
 * The UI's only door to stored data: the active import's analysis, a paged conversation
 * listing and one conversation's messages. Read-only; the import side writes and then
 * invalidates `wrappedQueryKeys.all`.
 */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import Dexie from 'dexie';
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

/**
 * One page of the listing. Walks the [importId+createdAt] index backwards with a keyset
 * cursor, so a page costs the rows it reads, not the rows before it. Conversations without
 * a date are not in that index; they follow, by id, unless a date range is set.
 */
export async function readConversationPage(
  database: WrappedDb,
  importId: string,
  filters: ConversationFilters,
  cursor: ConversationCursor | null,
  pageSize = CONVERSATION_PAGE_SIZE,
): Promise<ConversationPage> {
  const terms = searchTerms(filters.search);
  const matches = (row: ConversationRow) => matchesConversation(row, filters, terms);
  const rows: ConversationRow[] = [];
  let phaseCursor = cursor ?? { phase: 'dated' as const, createdAt: Number.POSITIVE_INFINITY, id: MAX_KEY };

  if (phaseCursor.phase === 'dated') {
    const { createdAt, id } = phaseCursor;
    const lower: [string, number] = [importId, filters.from ?? Number.NEGATIVE_INFINITY];
    const cappedByTo = typeof filters.to === 'number' && filters.to <= createdAt;
    const upper: [string, number] = [importId, cappedByTo ? filters.to! : createdAt];
    const dated = await database.conversations
      .where('[importId+createdAt]')
      .between(lower, upper, true, !cappedByTo)
      .reverse()
      .filter((row) => !(row.createdAt === createdAt && row.id >= id) && matches(row))
      .limit(pageSize)
      .toArray();
    rows.push(...dated);
    const last = dated[dated.length - 1];
    if (dated.length === pageSize && last) {
      return { conversations: rows.map(toSummary), next: { phase: 'dated', createdAt: last.createdAt!, id: last.id } };
    }
    if (hasDateRange(filters) || !(await hasUndated(database, importId))) return { conversations: rows.map(toSummary), next: null };
    phaseCursor = { phase: 'undated', afterId: null };
  }

  const { afterId } = phaseCursor;
  const undated = await database.conversations
    .where('[importId+id]')
    .between([importId, afterId ?? MIN_KEY], [importId, MAX_KEY], afterId === null, true)
    .filter((row) => row.createdAt === null && matches(row))
    .limit(pageSize - rows.length)
    .toArray();
  rows.push(...undated);
  const last = undated[undated.length - 1];
  const next = rows.length === pageSize && last ? { phase: 'undated' as const, afterId: last.id } : null;
  return { conversations: rows.map(toSummary), next };
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
