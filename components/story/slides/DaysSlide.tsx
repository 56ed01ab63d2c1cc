import { CountUp } from '@/components/ui/CountUp';
import { formatDay } from '@/lib/view/format';
import { nounFor } from '@/lib/view/language';
import { BigStat, SlideFrame } from '../SlideFrame';
import type { SlideProps } from './types';

export function DaysSlide({ view }: SlideProps) {
  const { stats, claims } = view;
  const streak = stats.longestStreak;
  const headline = claims.routine
    ? 'AI became part of your routine.'
    : stats.activeDays === 1
      ? 'One day, and you made it count.'
      : 'You dropped in when it mattered.';
  return (
    <SlideFrame kicker="Active days" headline={headline}>
      <BigStat label={`${nounFor(stats.activeDays, 'day')} you talked to AI`}>
        <CountUp value={stats.activeDays} name="activeDays" />
      </BigStat>
      {claims.streak ? (
        <div className="rounded-2xl bg-black/20 p-4">
          <p className="text-sm font-semibold uppercase tracking-wider text-white/85">Longest streak</p>
          <p className="mt-1 text-4xl font-black">
            <CountUp value={streak.days} name="longestStreak" /> days in a row
          </p>
          {streak.start && streak.end ? (
            <p className="mt-1 text-sm text-white/85">
              {formatDay(streak.start, 'short')} → {formatDay(streak.end, 'short')}
            </p>
          ) : null}
        </div>
      ) : null}
      {claims.busiestDay && stats.busiestDay ? (
        <div className="rounded-2xl bg-black/20 p-4">
          <p className="text-sm font-semibold uppercase tracking-wider text-white/85">Busiest day</p>
          <p className="mt-1 text-2xl font-black">{formatDay(stats.busiestDay.date)}</p>
          <p className="text-white/85">
            <CountUp value={stats.busiestDay.userMessages} name="busiestDay" /> {nounFor(stats.busiestDay.userMessages, 'message')} in one day
          </p>
        </div>
      ) : null}
    </SlideFrame>
  );
}
