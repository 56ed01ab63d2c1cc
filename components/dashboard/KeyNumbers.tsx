import { CountUp } from '@/components/ui/CountUp';
import type { Stats } from '@/lib/analysis/types';
import { formatCompact, formatDay, formatPercent } from '@/lib/view/format';
import { nounFor } from '@/lib/view/language';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const TILE_ACCENTS = [
  'from-violet-500/30',
  'from-fuchsia-500/30',
  'from-cyan-500/30',
  'from-amber-500/30',
  'from-emerald-500/30',
  'from-rose-500/30',
  'from-sky-500/30',
  'from-indigo-500/30',
] as const;

export function KeyNumbers({ stats }: { stats: Stats }) {
  const tiles = [
    { name: 'conversations', label: capitalise(nounFor(stats.conversations, 'conversation')), value: stats.conversations },
    { name: 'userMessages', label: `${capitalise(nounFor(stats.userMessages, 'message'))} sent`, value: stats.userMessages },
    { name: 'assistantMessages', label: `${capitalise(nounFor(stats.assistantMessages, 'reply'))} received`, value: stats.assistantMessages },
    { name: 'userWords', label: `${capitalise(nounFor(stats.userWords, 'word'))} typed`, value: stats.userWords },
    { name: 'estimatedTokens', label: `${capitalise(nounFor(stats.estimatedTokens, 'token', undefined, 'compact'))} (est.)`, value: stats.estimatedTokens, format: formatCompact },
    { name: 'activeDays', label: `Active ${nounFor(stats.activeDays, 'day')}`, value: stats.activeDays },
    {
      name: 'longestStreak',
      label: 'Longest streak (days)',
      value: stats.longestStreak.days,
      hint: stats.longestStreak.start && stats.longestStreak.end ? `${formatDay(stats.longestStreak.start, 'short')} → ${formatDay(stats.longestStreak.end, 'short')}` : undefined,
    },
    { name: 'nightOwlShare', label: 'After dark (22–05 h)', value: stats.nightOwlShare, format: formatPercent },
  ];
  return (
    <section aria-label="Key numbers" className="grid grid-cols-2 gap-3 md:grid-cols-4">
      {tiles.map((tile, index) => (
        <div key={tile.name} className={`rounded-3xl bg-linear-to-br ${TILE_ACCENTS[index % TILE_ACCENTS.length]} to-zinc-900 p-4 ring-1 ring-white/10`}>
          <CountUp value={tile.value} name={tile.name} format={tile.format} className="block text-3xl font-black tracking-tight sm:text-4xl" />
          <p className="mt-1 text-sm text-zinc-300">{tile.label}</p>
          {tile.hint ? <p className="text-xs text-zinc-400">{tile.hint}</p> : null}
        </div>
      ))}
    </section>
  );
}
