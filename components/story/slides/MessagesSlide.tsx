import { CountUp } from '@/components/ui/CountUp';
import { formatCompact } from '@/lib/view/format';
import { nounFor } from '@/lib/view/language';
import { BigStat, SlideFrame } from '../SlideFrame';
import type { SlideProps } from './types';

export function MessagesSlide({ view }: SlideProps) {
  const { stats } = view;
  // A conversation "kept going" only when there was more than one exchange.
  const headline = stats.userMessages >= 10 ? 'You kept the conversation going.' : 'Every conversation starts somewhere.';
  return (
    <SlideFrame kicker="Messages" headline={headline}>
      <BigStat label={`${nounFor(stats.userMessages, 'message')} you sent`}>
        <CountUp value={stats.userMessages} name="userMessages" />
      </BigStat>
      <BigStat label={`${nounFor(stats.assistantMessages, 'reply')} you got back`} size="lg">
        <CountUp value={stats.assistantMessages} name="assistantMessages" />
      </BigStat>
      <div className="mt-auto grid grid-cols-2 gap-3">
        <div className="rounded-2xl bg-black/20 p-4">
          <CountUp value={stats.userWords} name="userWords" className="block text-3xl font-black" />
          <span className="text-sm text-white/85">{nounFor(stats.userWords, 'word')} you typed</span>
        </div>
        <div className="rounded-2xl bg-black/20 p-4">
          <CountUp value={stats.estimatedTokens} name="estimatedTokens" format={formatCompact} className="block text-3xl font-black" />
          <span className="text-sm text-white/85">{nounFor(stats.estimatedTokens, 'token', undefined, 'compact')}, both sides (est.)</span>
        </div>
      </div>
    </SlideFrame>
  );
}
