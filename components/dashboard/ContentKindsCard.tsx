import { Card } from '@/components/ui/Card';
import type { Stats } from '@/lib/analysis/types';
import { formatNumber, formatPercent } from '@/lib/view/format';
import { contentKindEntries } from '@/lib/view/insights';

export function ContentKindsCard({ stats }: { stats: Stats }) {
  return (
    <Card title="Beyond text" caption={`${formatPercent(stats.codeShare)} of messages contained code`}>
      <ul className="grid grid-cols-2 gap-2">
        {contentKindEntries(stats.contentKinds).map((entry) => (
          <li key={entry.kind} className="flex items-center gap-3 rounded-2xl bg-white/5 p-3">
            {/* Kinds that never came up are muted without fading their words below legibility. */}
            <span className={`text-xl ${entry.count === 0 ? 'grayscale' : ''}`} aria-hidden="true">
              {entry.emoji}
            </span>
            <span>
              <span className={`block text-lg font-black tabular-nums ${entry.count === 0 ? 'text-zinc-400' : ''}`}>{formatNumber(entry.count)}</span>
              <span className="text-xs text-zinc-400">{entry.label}</span>
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
