import { CountUp } from '@/components/ui/CountUp';
import { formatNumber } from '@/lib/view/format';
import { nounFor } from '@/lib/view/language';
import { BigStat, SlideFrame } from '../SlideFrame';
import type { SlideProps } from './types';

/** Rounded for display (a median of an even count can be a half); the exact value stays in data-value. */
const formatMedian = (value: number) => formatNumber(Math.round(value));

export function LongestSlide({ view }: SlideProps) {
  const { stats, claims } = view;
  const longest = claims.longestConversation ? stats.longestConversation : null;
  const median = stats.medianPromptWords;
  const style = median <= 12 ? 'Short and to the point.' : median <= 40 ? 'Clear, with just enough context.' : 'You brief your AI like a pro.';
  return (
    <SlideFrame kicker={longest ? 'Deep dives' : 'Your prompts'} headline={longest ? 'Some talks just kept going.' : 'How you ask for things.'}>
      {longest ? (
        <div className="rounded-2xl bg-black/25 p-5">
          <p className="text-sm font-semibold uppercase tracking-wider text-white/85">Your longest conversation</p>
          <p className="mt-2 line-clamp-3 text-2xl font-black leading-snug">“{longest.title || 'Untitled'}”</p>
          <p className="mt-3 text-lg">
            <CountUp value={longest.messages} name="longestConversation" className="text-4xl font-black" /> messages
          </p>
        </div>
      ) : null}
      <div className="mt-auto">
        <BigStat label={`${nounFor(Math.round(median), 'word')} in your typical prompt (median)`} size="lg">
          <CountUp value={median} name="medianPromptWords" format={formatMedian} />
        </BigStat>
        {claims.promptStyle ? <p className="mt-2 text-white/85">{style}</p> : null}
      </div>
    </SlideFrame>
  );
}
