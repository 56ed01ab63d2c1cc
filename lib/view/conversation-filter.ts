/** The conversation browser's filters, and the predicate that applies them to a listing row. */
import type { ConversationRow } from '../store/db';
import type { MessageKind } from '../model/conversation';

export interface ConversationFilters {
  /** Free text; every whitespace-separated term must occur in the title or user text. */
  search?: string;
  /** A model that answered in the conversation; '' or undefined for any. */
  model?: string | null;
  kind?: MessageKind | null;
  /** Only conversations with code when true. */
  hasCode?: boolean;
  /** Epoch ms, inclusive lower bound on createdAt. */
  from?: number | null;
  /** Epoch ms, exclusive upper bound on createdAt. */
  to?: number | null;
}

export function searchTerms(search: string | undefined): string[] {
  return (search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** Filters in a canonical shape (empty values dropped), so equal filters make equal query keys. */
export function normalizeFilters(filters: ConversationFilters): ConversationFilters {
  const normalized: ConversationFilters = {};
  const terms = searchTerms(filters.search);
  if (terms.length > 0) normalized.search = terms.join(' ');
  if (filters.model) normalized.model = filters.model;
  if (filters.kind) normalized.kind = filters.kind;
  if (filters.hasCode) normalized.hasCode = true;
  if (typeof filters.from === 'number' && Number.isFinite(filters.from)) normalized.from = filters.from;
  if (typeof filters.to === 'number' && Number.isFinite(filters.to)) normalized.to = filters.to;
  return normalized;
}

export function hasDateRange(filters: ConversationFilters): boolean {
  return typeof filters.from === 'number' || typeof filters.to === 'number';
}

type FilterableRow = Pick<ConversationRow, 'searchText' | 'models' | 'kinds' | 'hasCode' | 'createdAt'>;

/** Date bounds are checked here too, so the predicate is complete on its own. */
export function matchesConversation(row: FilterableRow, filters: ConversationFilters, terms = searchTerms(filters.search)): boolean {
  if (filters.model && !row.models.includes(filters.model)) return false;
  if (filters.kind && !row.kinds.includes(filters.kind)) return false;
  if (filters.hasCode && !row.hasCode) return false;
  if (hasDateRange(filters)) {
    if (row.createdAt === null) return false;
    if (typeof filters.from === 'number' && row.createdAt < filters.from) return false;
    if (typeof filters.to === 'number' && row.createdAt >= filters.to) return false;
  }
  for (const term of terms) if (!row.searchText.includes(term)) return false;
  return true;
}

/** "YYYY-MM-DD" from a date input → local-midnight epoch ms (end: the next midnight), or null. */
export function dateInputToMs(value: string, edge: 'start' | 'end'): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Number(y), Number(m) - 1, Number(d) + (edge === 'end' ? 1 : 0));
  return date.getTime();
}

export const KIND_LABELS: Record<MessageKind, string> = {
  text: 'Text',
  code: 'Code',
  execution_output: 'Code output',
  browsing: 'Web browsing',
  image: 'Images',
  voice: 'Voice',
  thoughts: 'Reasoning',
  tool: 'Tools',
  file: 'Files',
};
