/** Every topic with its words, its trend and the conversation that sums it up best. */
import { Card } from '@/components/ui/Card';
import type { Topic } from '@/lib/ml/types';
import { formatMonth, formatPercent } from '@/lib/view/format';
import { countOf } from '@/lib/view/language';
import { periodPhrase, periodSpan, type PeriodView } from '@/lib/view/period';
import { formatVelocity, periodTopics, topicColor, topicName, TREND_META } from './ml-view';
import { OpenConversationLink } from './OpenConversationLink';
import { Sparkline } from './Sparkline';

export function TopicsCard({ topics, view }: { topics: Topic[]; view: Pick<PeriodView, 'key' | 'label' | 'year' | 'range'> }) {
  const span = periodSpan(view);
  const ranked = periodTopics(topics, span);
  // Topics without a conversation in this period still show, last, so the map's legend matches.
  const shown = [...ranked, ...topics.filter((topic) => !ranked.some((entry) => entry.topic.id === topic.id)).map((topic) => ({ topic, conversations: 0, share: 0 }))];
  return (
    <Card
      title="Topics"
      caption={`${countOf(topics.length, 'topic')} found by meaning${span ? `; shares for ${periodPhrase(view)}, trends over your latest months` : '; trends over your latest months'}`}
      className="lg:col-span-3"
    >
      {shown.length === 0 ? (
        <p className="text-sm text-zinc-400">Too few conversations to find topics yet.</p>
      ) : (
        <ol className="grid gap-3 md:grid-cols-2 xl:grid-cols-3" data-testid="ml-topics">
          {shown.map(({ topic, conversations, share }) => {
            const trend = TREND_META[topic.trend];
            const months = topic.monthly;
            return (
              <li key={topic.id} className={`flex flex-col gap-2 rounded-2xl bg-white/5 p-4 ${conversations === 0 ? 'opacity-60' : ''}`} data-topic-id={topic.id}>
                <div className="flex items-start justify-between gap-2">
                  <h3 className="flex min-w-0 items-center gap-2 font-bold">
                    <span className="size-3 shrink-0 rounded-full" style={{ background: topicColor(topic.id) }} aria-hidden="true" />
                    <span className="truncate">{topicName(topic)}</span>
                  </h3>
                  <span className="shrink-0 text-sm tabular-nums text-zinc-300">{formatPercent(share)}</span>
                </div>
                <p className="text-xs text-zinc-400">
                  {countOf(conversations, 'conversation')} ·{' '}
                  <span className={trend.className}>
                    <span aria-hidden="true">{trend.arrow}</span> {trend.label}
                  </span>{' '}
                  <span className="tabular-nums">({formatVelocity(topic.velocity)})</span>
                </p>
                {months.length > 1 ? (
                  <div>
                    <Sparkline
                      values={months.map((month) => month.conversations)}
                      color={topicColor(topic.id)}
                      label={`${topicName(topic)}: conversations per month, ${formatMonth(months[0]!.month)} to ${formatMonth(months.at(-1)!.month)}`}
                    />
                    <div className="flex justify-between text-[10px] text-zinc-400" aria-hidden="true">
                      <span>{formatMonth(months[0]!.month, 'shortYear')}</span>
                      <span>{formatMonth(months.at(-1)!.month, 'shortYear')}</span>
                    </div>
                  </div>
                ) : null}
                {topic.keywords.length ? (
                  <p className="text-sm text-zinc-300">
                    <span className="sr-only">Keywords: </span>
                    {topic.keywords.slice(0, 8).join(', ')}
                  </p>
                ) : null}
                {topic.concepts.length ? (
                  <ul className="flex flex-wrap gap-1.5" aria-label="Key concepts">
                    {topic.concepts.slice(0, 5).map((concept) => (
                      <li key={concept} className="rounded-full bg-violet-500/15 px-2 py-0.5 text-xs text-violet-200">
                        {concept}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {topic.representative.conversationId ? (
                  <p className="mt-auto text-xs text-zinc-400">
                    Sums it up:{' '}
                    <OpenConversationLink conversationId={topic.representative.conversationId} className="text-xs">
                      “{topic.representative.title || 'Untitled'}”
                    </OpenConversationLink>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
