'use client';
/** Search results for a committed query, through the ML worker (keyword and meaning together). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMl } from '@/components/ml/MlProvider';
import { toResult, type SearchResult } from './result';

export const SEARCH_LIMIT = 30;
export const MIN_QUERY_LENGTH = 2;

export function useSearch(importId: string | null, query: string) {
  const { search } = useMl();
  const trimmed = query.trim();
  return useQuery({
    queryKey: ['wrapped', 'ml-search', importId ?? '', trimmed, SEARCH_LIMIT],
    queryFn: async (): Promise<SearchResult[]> => (await search(importId!, trimmed, SEARCH_LIMIT)).map(toResult),
    enabled: Boolean(importId) && trimmed.length >= MIN_QUERY_LENGTH,
    placeholderData: keepPreviousData,
  });
}
