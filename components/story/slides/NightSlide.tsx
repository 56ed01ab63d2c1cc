import { CountUp } from '@/components/ui/CountUp';
import { formatPercent } from '@/lib/view/format';
import { BigStat, SlideFrame } from '../SlideFrame';
import type { SlideProps } from './types';

export function NightSlide({ view }: SlideProps) {
  const { stats } = view.period;
  const owl = stats.nightOwlShare >= 0.2;
  return (
    <SlideFrame kicker="After dark" headline={owl ? 'Certified night owl.' : 'Mostly a daytime thinker.'}>
      <p className="text-8xl" aria-hidden="true">{owl ? '🦉' : '☀️'}</p>
      <BigStat label="of your messages were sent between 10 PM and 5 AM">
        <CountUp value={stats.nightOwlShare} name="nightOwlShare" format={formatPercent} />
      </BigStat>
      <p className="mt-auto text-sm text-white/85">Local time in {stats.timeZone}.</p>
    </SlideFrame>
  );
}
