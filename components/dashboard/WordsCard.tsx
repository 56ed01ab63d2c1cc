import { Card } from '@/components/ui/Card';
import type { Stats } from '@/lib/analysis/types';
import { countOf } from '@/lib/view/language';
import { wordWeights } from '@/lib/view/insights';

const SIZES = ['text-xs', 'text-sm', 'text-base', 'text-lg', 'text-xl'] as const;
const COLORS = ['bg-violet-500/20 text-violet-200', 'bg-fuchsia-500/20 text-fuchsia-200', 'bg-cyan-500/20 text-cyan-200', 'bg-amber-500/20 text-amber-200', 'bg-emerald-500/20 text-emerald-200'] as const;

export function WordsCard({ stats }: { stats: Stats }) {
  const words = wordWeights(stats.distinctiveWords, 40);
  return (
    <Card title="Your words" caption="Used far more often than in everyday English">
      {words.length === 0 ? (
        <p className="text-sm text-zinc-400">Not enough text to find distinctive words.</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {words.map((entry, index) => (
            <li
              key={entry.word}
              title={countOf(entry.count, 'time')}
              className={`rounded-full px-3 py-1 font-semibold ${SIZES[Math.round(entry.weight * (SIZES.length - 1))]} ${COLORS[index % COLORS.length]}`}
            >
              {entry.word}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
