/** The ranked hits: title, date, how it matched, and the snippet with the matches marked. */
import Link from 'next/link';
import { conversationHref } from '@/components/dashboard/ml/OpenConversationLink';
import { formatTimestamp } from '@/lib/view/format';
import { countOf } from '@/lib/view/language';
import { MATCH_BADGES, type SearchResult } from './result';
import { Snippet } from './Snippet';

export function SearchResults({ results, query, timeZone }: { results: SearchResult[]; query: string; timeZone: string }) {
  return (
    <ol className="flex flex-col gap-2" aria-label={`Results for ${query}`} data-testid="search-results">
      {results.map((result) => {
        const badge = MATCH_BADGES[result.match];
        return (
          <li key={result.key} data-conversation-id={result.conversationId} data-match={result.match}>
            <Link
              href={conversationHref(result.conversationId)}
              className="block rounded-2xl bg-zinc-900/80 p-4 ring-1 ring-white/10 transition hover:bg-zinc-900 hover:ring-fuchsia-400/40 focus-visible:outline-2 focus-visible:outline-fuchsia-400"
            >
              <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
                <h2 className="min-w-0 truncate font-bold">{result.title || 'Untitled'}</h2>
                <span className="flex shrink-0 items-center gap-2 text-xs text-zinc-400">
                  <span className={`rounded-full px-2 py-0.5 font-semibold ${badge.className}`} title={badge.title} data-testid="search-match">
                    {badge.label}
                  </span>
                  {result.time !== null ? <time dateTime={new Date(result.time).toISOString()}>{formatTimestamp(result.time, timeZone)}</time> : <span>Undated</span>}
                </span>
              </div>
              <div className="mt-2">
                <Snippet text={result.snippet} ranges={result.ranges} />
              </div>
            </Link>
          </li>
        );
      })}
    </ol>
  );
}

export function ResultCount({ count, query }: { count: number; query: string }) {
  return (
    <>
      {countOf(count, 'result')} for “{query}”
    </>
  );
}
