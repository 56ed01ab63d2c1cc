import { CountUp } from '@/components/ui/CountUp';
import { formatDay } from '@/lib/view/format';
import { BigStat, SlideFrame } from '../SlideFrame';
import type { SlideProps } from './types';

export function DaysSlide({ view }: SlideProps) {
  const { stats } = view.period;
  const streak = stats.longestStreak;
  return (
    <SlideFrame kicker="Active days" headline="AI became part of your routine.">
      <BigStat label="days you talked to AI">
        <CountUp value={stats.activeDays} name="activeDays" />
      </BigStat>
      <div className="rounded-2xl bg-black/20 p-4">
        <p className="text-sm font-semibold uppercase tracking-wider text-white/85">Longest streak</p>
        <p className="mt-1 text-4xl font-black">
          <CountUp value={streak.days} name="longestStreak" /> {streak.days === 1 ? 'day' : 'days'} in a row
        </p>
        {streak.start && streak.end ? (
          <p className="mt-1 text-sm text-white/85">
            {formatDay(streak.start, 'short')} → {formatDay(streak.end, 'short')}
          </p>
        ) : null}
      </div>
      {stats.busiestDay ? (
        <div className="rounded-2xl bg-black/20 p-4">
          <p className="text-sm font-semibold uppercase tracking-wider text-white/85">Busiest day</p>
          <p className="mt-1 text-2xl font-black">{formatDay(stats.busiestDay.date)}</p>
          <p className="text-white/85">
            <CountUp value={stats.busiestDay.userMessages} name="busiestDay" /> messages in one day
          </p>
        </div>
      ) : null}
    </SlideFrame>
  );
}
