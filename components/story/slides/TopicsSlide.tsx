import { periodTopics, topicName, TREND_META } from '@/components/dashboard/ml/ml-view';
import { formatNumber, formatPercent } from '@/lib/view/format';
import { nounFor } from '@/lib/view/language';
import { periodPhrase, periodSpan } from '@/lib/view/period';
import { SlideFrame } from '../SlideFrame';
import { MlSlide } from './StoryMl';
import type { SlideProps } from './types';

const KICKER = 'Your top topics';

/** "Kept coming back" needs more than one topic and more than one chat to come back from. */
function topicsLead(topics: number, conversations: number): string {
  if (topics > 1 && conversations > 1) return 'You kept coming back to ';
  return conversations > 1 ? 'You talked about ' : 'Your chat was about ';
}

/** The topic's keywords its name doesn't already say, a few of them. */
function moreWords(topic: { label: string; keywords: string[] }): string[] {
  const name = topic.label.toLowerCase();
  return topic.keywords.filter((word) => !name.includes(word.toLowerCase())).slice(0, 4);
}

export function TopicsSlide({ view }: SlideProps) {
  return (
    <MlSlide kicker={KICKER} pendingHeadline="What did you talk about most?">
      {(analysis) => {
        const all = periodTopics(analysis.topics, periodSpan(view));
        const top = all.slice(0, 5);
        const [first] = top;
        return (
          <SlideFrame
            kicker={KICKER}
            headline={
              first ? (
                <>
                  {topicsLead(all.length, view.stats.conversations)}
                  <span className="text-amber-200">{topicName(first.topic)}</span>
                </>
              ) : (
                'Too few conversations to find topics yet.'
              )
            }
          >
            <p className="text-lg text-white/85">
              <span data-testid="stat-topics" data-value={all.length} data-top={first?.topic.label ?? ''} className="font-black">
                {formatNumber(all.length)}
              </span>{' '}
              {nounFor(all.length, 'topic')} in your conversations{view.key === 'all' ? '' : ` of ${periodPhrase(view)}`}.
            </p>
            <ol className="flex flex-col gap-4">
              {top.map((entry, index) => {
                const trend = TREND_META[entry.topic.trend];
                return (
                  <li key={entry.topic.id}>
                    <div className="flex items-baseline justify-between gap-3">
                      <span className="min-w-0 truncate text-lg font-bold">
                        <span className="mr-2 text-white/85">{index + 1}</span>
                        {topicName(entry.topic)}
                      </span>
                      <span className="shrink-0 text-sm text-white/85">
                        {formatPercent(entry.share)}{' '}
                        <span className="font-black" role="img" aria-label={trend.label} title={trend.label}>
                          {trend.arrow}
                        </span>
                      </span>
                    </div>
                    <div className="mt-1 h-3 rounded-full bg-black/20">
                      <div
                        className="h-full rounded-full bg-white transition-[width] duration-1000 motion-safe:starting:w-0"
                        style={{ width: `${Math.max(2, (entry.share / (first?.share || 1)) * 100)}%` }}
                      />
                    </div>
                    {moreWords(entry.topic).length > 0 ? <p className="mt-1 truncate text-xs text-white/85">{moreWords(entry.topic).join(', ')}</p> : null}
                  </li>
                );
              })}
            </ol>
            <p className="mt-auto text-sm text-white/85">↑ rising and ↓ declining compare your latest months. Found on this device from what your conversations mean, not just their words.</p>
          </SlideFrame>
        );
      }}
    </MlSlide>
  );
}
