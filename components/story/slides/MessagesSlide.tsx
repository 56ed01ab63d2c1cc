import { CountUp } from '@/components/ui/CountUp';
import { formatCompact } from '@/lib/view/format';
import { BigStat, SlideFrame } from '../SlideFrame';
import type { SlideProps } from './types';

export function MessagesSlide({ view }: SlideProps) {
  const { stats } = view.period;
  return (
    <SlideFrame kicker="Messages" headline="You kept the conversation going.">
      <BigStat label="messages you sent">
        <CountUp value={stats.userMessages} name="userMessages" />
      </BigStat>
      <BigStat label="replies you got back" size="lg">
        <CountUp value={stats.assistantMessages} name="assistantMessages" />
      </BigStat>
      <div className="mt-auto grid grid-cols-2 gap-3">
        <div className="rounded-2xl bg-black/20 p-4">
          <CountUp value={stats.userWords} name="userWords" className="block text-3xl font-black" />
          <span className="text-sm text-white/85">words you typed</span>
        </div>
        <div className="rounded-2xl bg-black/20 p-4">
          <CountUp value={stats.estimatedTokens} name="estimatedTokens" format={formatCompact} className="block text-3xl font-black" />
          <span className="text-sm text-white/85">tokens, both sides (est.)</span>
        </div>
      </div>
    </SlideFrame>
  );
}
