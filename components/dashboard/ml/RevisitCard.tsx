/** Conversations worth opening again, each with the reason it was picked. */
import { Card } from '@/components/ui/Card';
import type { Revisit, RevisitSignal } from '@/lib/ml/types';
import { OpenConversationLink } from './OpenConversationLink';

const SIGNALS: Record<RevisitSignal, string> = {
  depth: 'Deep thread',
  followUps: 'Many follow-ups',
  age: 'A while ago',
  central: 'Sums up a topic',
  code: 'Has code',
};

export function RevisitCard({ revisit }: { revisit: Revisit[] }) {
  return (
    <Card title="Worth revisiting" caption="Long, thoughtful conversations you may have forgotten" className="lg:col-span-3">
      {revisit.length === 0 ? (
        <p className="text-sm text-zinc-400">Nothing stands out yet: come back after a few more conversations.</p>
      ) : (
        <ol className="grid gap-2 md:grid-cols-2" data-testid="ml-revisit">
          {revisit.slice(0, 10).map((entry) => (
            <li key={entry.conversationId} className="rounded-2xl bg-white/5 p-3">
              <OpenConversationLink conversationId={entry.conversationId} className="line-clamp-1">
                {entry.title || 'Untitled'}
              </OpenConversationLink>
              <p className="mt-0.5 text-sm text-zinc-400">{entry.reason}</p>
              {entry.signals?.length ? (
                <ul className="mt-2 flex flex-wrap gap-1.5" aria-label="Why">
                  {entry.signals.map((signal) => (
                    <li key={signal} className="rounded-full bg-white/5 px-2 py-0.5 text-xs text-zinc-300" data-signal={signal}>
                      {SIGNALS[signal] ?? signal}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
