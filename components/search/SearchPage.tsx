'use client';
/** /search: one box that finds conversations by their words and by what they mean. */
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useState } from 'react';
import { PageHeader } from '@/components/ui/PageHeader';
import { MlStatus } from '@/components/dashboard/ml/MlStatus';
import { useMlView } from '@/components/dashboard/ml/useMlView';
import { useActiveAnalysis } from '@/components/hooks/useWrappedData';
import { viewerTimeZone } from '@/components/import/ImporterProvider';
import { EmptyState } from '@/components/ui/EmptyState';
import { LoadingScreen } from '@/components/ui/LoadingScreen';
import { useDebouncedValue } from '@/components/ui/useDebouncedValue';
import { SearchBox } from './SearchBox';
import { ResultCount, SearchResults } from './SearchResults';
import { MIN_QUERY_LENGTH, useSearch } from './useSearch';

const DEBOUNCE_MS = 350;

export function SearchPage() {
  const active = useActiveAnalysis();
  const ml = useMlView();
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const [draft, setDraft] = useState(() => params.get('q') ?? '');
  const [query, setQuery] = useState(draft);
  const settled = useDebouncedValue(draft, DEBOUNCE_MS);
  const importId = active.data?.importRow.id ?? null;
  const results = useSearch(importId, query);
  const trimmed = query.trim();

  const commit = useCallback(
    (next: string) => {
      setQuery(next);
      // The query lives in the address too, so Back and reload keep it.
      const value = next.trim();
      router.replace(value ? `${pathname}?q=${encodeURIComponent(value)}` : pathname, { scroll: false });
    },
    [router, pathname],
  );
  // Searches once typing pauses; Enter searches at once.
  useEffect(() => {
    if (settled.trim() !== query.trim()) commit(settled);
    // Only a newly settled draft searches.
  }, [settled]);

  if (active.isPending) return <LoadingScreen />;
  if (active.isError || !active.data) return <EmptyState />;

  const timeZone = active.data.analysis.stats.timeZone ?? viewerTimeZone();
  const list = results.data ?? [];
  return (
    <main className="mx-auto flex max-w-4xl flex-col gap-6 px-4 py-6 sm:px-6 lg:py-10" data-testid="search-page">
      <PageHeader current="/search" title="Search">
        <SearchBox value={draft} busy={results.isFetching} onChange={setDraft} onSubmit={() => commit(draft)} />
      </PageHeader>

      {ml.pending ? (
        <div className="flex flex-col gap-2">
          <p className="text-sm text-zinc-400">Search needs the on-device analysis of your conversations. It fills in as soon as that is done.</p>
          <MlStatus pending={ml.pending} onCancel={ml.cancel} onRetry={ml.retry} />
        </div>
      ) : null}

      <section aria-label="Results" className="flex min-h-64 flex-col gap-3" aria-busy={results.isFetching}>
        <p role="status" className="text-sm text-zinc-400" data-testid="search-status">
          {trimmed.length < MIN_QUERY_LENGTH
            ? 'Type at least two letters, then pause or press Enter.'
            : results.isError
              ? ''
              : results.isPending || (results.isFetching && results.isPlaceholderData)
                ? 'Searching…'
                : list.length === 0
                  ? <span className="sr-only">No matches for “{trimmed}”</span>
                  : <ResultCount count={list.length} query={trimmed} />}
        </p>
        {results.isError ? (
          <p role="alert" className="rounded-2xl bg-rose-500/10 p-4 text-sm text-rose-200 ring-1 ring-rose-400/20" data-testid="search-error">
            Search failed: {results.error.message}
          </p>
        ) : trimmed.length >= MIN_QUERY_LENGTH && results.isSuccess && !results.isPlaceholderData && list.length === 0 ? (
          <div className="rounded-2xl bg-white/5 p-6 text-center" data-testid="search-none">
            <p className="font-bold">No matches for “{trimmed}”</p>
            <p className="mt-1 text-sm text-zinc-400">
              No message contains these words or says something close enough to them. Check the spelling, try other words, or describe what the
              conversation was about. Short replies such as “ok” or “go on” are found only by their exact words.
            </p>
          </div>
        ) : list.length > 0 ? (
          <div className={results.isPlaceholderData ? 'opacity-60 transition-opacity' : ''}>
            <SearchResults results={list} query={trimmed} timeZone={timeZone} />
          </div>
        ) : trimmed.length < MIN_QUERY_LENGTH ? (
          <div className="rounded-2xl border border-dashed border-white/10 p-6 text-sm text-zinc-400" data-testid="search-empty">
            <p className="font-semibold text-zinc-300">Try searching for</p>
            <ul className="mt-2 flex flex-wrap gap-2">
              {['a recipe', 'debugging help', 'travel plans', 'cover letter'].map((example) => (
                <li key={example}>
                  <button
                    type="button"
                    onClick={() => {
                      setDraft(example);
                      commit(example);
                    }}
                    className="rounded-full bg-white/5 px-3 py-1 text-zinc-200 hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-fuchsia-400"
                  >
                    {example}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
    </main>
  );
}
