import { CountUp } from '@/components/ui/CountUp';
import { BigStat, SlideFrame } from '../SlideFrame';
import type { SlideProps } from './types';

export function LongestSlide({ view }: SlideProps) {
  const { stats } = view.period;
  const longest = stats.longestConversation;
  return (
    <SlideFrame kicker="Deep dives" headline="Some talks just kept going.">
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
        <BigStat label="words in your typical prompt (median)" size="lg">
          <CountUp value={stats.medianPromptWords} name="medianPromptWords" />
        </BigStat>
        <p className="mt-2 text-white/85">
          {stats.medianPromptWords <= 12 ? 'Short and to the point.' : stats.medianPromptWords <= 40 ? 'Clear, with just enough context.' : 'You brief your AI like a pro.'}
        </p>
      </div>
    </SlideFrame>
  );
}
