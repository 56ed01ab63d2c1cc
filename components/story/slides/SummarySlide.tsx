'use client';
import Link from 'next/link';
import { CountUp } from '@/components/ui/CountUp';
import { formatCompact, formatPercent } from '@/lib/view/format';
import { nounFor } from '@/lib/view/language';
import { ShareWrappedButton } from '@/components/wrapped/ShareWrappedButton';
import { useWrappedCreative } from '@/components/wrapped/WrappedCreative';
import { SlideFrame } from '../SlideFrame';
import type { SlideProps } from './types';

interface SummarySlideProps extends SlideProps {
  onReplay: () => void;
}

export function SummarySlide({ view, onReplay }: SummarySlideProps) {
  const { stats, persona, claims } = view;
  const { texts } = useWrappedCreative();
  const tiles = [
    { name: 'conversations', label: nounFor(stats.conversations, 'conversation'), value: stats.conversations },
    { name: 'userMessages', label: `${nounFor(stats.userMessages, 'message')} sent`, value: stats.userMessages },
    { name: 'activeDays', label: `active ${nounFor(stats.activeDays, 'day')}`, value: stats.activeDays },
    // A one-day "streak" is no streak: the tile shows the unlocked achievements instead.
    claims.streak
      ? { name: 'longestStreak', label: 'day streak', value: stats.longestStreak.days }
      : { name: 'achievements', label: `${nounFor(view.achievements.unlocked.length, 'achievement')} unlocked`, value: view.achievements.unlocked.length },
    { name: 'estimatedTokens', label: `${nounFor(stats.estimatedTokens, 'token', undefined, 'compact')} (est.)`, value: stats.estimatedTokens, format: formatCompact },
    { name: 'nightOwlShare', label: 'after dark', value: stats.nightOwlShare, format: formatPercent },
  ];
  return (
    <SlideFrame kicker={`${view.label} · wrapped`} headline={<>{persona.emoji} {persona.name}</>}>
      <dl className="grid grid-cols-2 gap-3">
        {tiles.map((tile) => (
          <div key={tile.name} className="rounded-2xl bg-black/25 p-3">
            <dd className="text-3xl font-black">
              <CountUp value={tile.value} testId={`summary-${tile.name}`} format={tile.format} />
            </dd>
            <dt className="text-sm text-white/85">{tile.label}</dt>
          </div>
        ))}
      </dl>
      {texts ? <p className="text-lg font-semibold italic text-white/90 text-balance">{texts.tagline}</p> : null}
      <div className="mt-auto flex flex-col gap-3">
        <ShareWrappedButton className="rounded-full bg-white px-6 py-3 text-center font-bold text-zinc-900 transition hover:scale-[1.02] focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-white" />
        <Link
          href="/dashboard"
          className="rounded-full bg-black/25 px-6 py-3 text-center font-bold ring-1 ring-white/30 transition hover:scale-[1.02] focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-white"
        >
          Explore the dashboard
        </Link>
        <button
          type="button"
          onClick={onReplay}
          className="rounded-full bg-black/25 px-6 py-3 font-bold ring-1 ring-white/30 transition hover:bg-black/35 focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-white"
        >
          Replay
        </button>
      </div>
    </SlideFrame>
  );
}
