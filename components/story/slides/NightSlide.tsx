import { CountUp } from '@/components/ui/CountUp';
import { formatPercent } from '@/lib/view/format';
import { BigStat, SlideFrame } from '../SlideFrame';
import type { SlideProps } from './types';

export function NightSlide({ view }: SlideProps) {
  const { stats, claims } = view;
  // Under a handful of prompts a share says little: the slide says what happened, not who you are.
  const headline = !claims.shares
    ? stats.nightOwlShare > 0
      ? 'Some of it happened after dark.'
      : 'You kept it to daylight.'
    : claims.nightOwl
      ? 'Certified night owl.'
      : 'Mostly a daytime thinker.';
  return (
    <SlideFrame kicker="After dark" headline={headline}>
      <p className="text-8xl" aria-hidden="true">{stats.nightOwlShare >= 0.2 ? '🦉' : '☀️'}</p>
      <BigStat label="of your messages were sent between 10 PM and 5 AM">
        <CountUp value={stats.nightOwlShare} name="nightOwlShare" format={formatPercent} />
      </BigStat>
      <p className="mt-auto text-sm text-white/85">Local time in {stats.timeZone}.</p>
    </SlideFrame>
  );
}
