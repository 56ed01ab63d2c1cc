'use client';
/** Conversations closest in meaning to the open one (from the ML analysis' vectors). */
import { useQuery } from '@tanstack/react-query';
import { useStoredMlAnalysis } from '@/components/dashboard/ml/useStoredMlAnalysis';
import { useMl } from '@/components/ml/MlProvider';
import { formatPercent } from '@/lib/view/format';

const LIMIT = 5;

interface SimilarConversationsProps {
  importId: string;
  conversationId: string;
  onOpen: (conversationId: string) => void;
}

export function SimilarConversations({ importId, conversationId, onOpen }: SimilarConversationsProps) {
  const ml = useMl();
  // The stored analysis says whether vectors exist; without it there is nothing to compare yet.
  const stored = useStoredMlAnalysis(importId);
  const ready = Boolean(stored.data);
  const similar = useQuery({
    queryKey: ['wrapped', 'ml-similar', importId, conversationId, LIMIT],
    queryFn: () => ml.similar(importId, conversationId, LIMIT),
    enabled: ready,
  });

  return (
    <section aria-label="Similar conversations" className="border-b border-white/10 px-4 py-3" data-testid="similar-conversations">
      <h4 className="text-xs font-semibold uppercase tracking-wider text-zinc-400">Similar conversations</h4>
      {!ready ? (
        <p className="mt-1 text-xs text-zinc-400">{stored.isPending ? 'Checking…' : 'Shown once the on-device analysis has finished.'}</p>
      ) : similar.isPending ? (
        <p className="mt-1 text-xs text-zinc-400" role="status">Finding conversations like this one…</p>
      ) : similar.isError ? (
        <p className="mt-1 text-xs text-rose-300" role="alert">Could not compare conversations: {similar.error.message}</p>
      ) : similar.data.length === 0 ? (
        <p className="mt-1 text-xs text-zinc-400">Nothing close enough.</p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-1.5">
          {similar.data.map((entry) => (
            <li key={entry.conversationId} className="min-w-0 max-w-full">
              <button
                type="button"
                onClick={() => onOpen(entry.conversationId)}
                data-conversation-id={entry.conversationId}
                data-similarity={entry.similarity}
                className="flex max-w-full items-center gap-2 rounded-full bg-white/5 px-3 py-1 text-left text-xs transition hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-fuchsia-400"
              >
                <span className="truncate font-semibold">{entry.title || 'Untitled'}</span>
                <span className="shrink-0 tabular-nums text-zinc-400">{formatPercent(Math.max(0, entry.similarity))} alike</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
