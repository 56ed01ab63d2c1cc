import { Card } from '@/components/ui/Card';
import type { Stats } from '@/lib/analysis/types';
import { formatNumber, formatPercent } from '@/lib/view/format';
import { modelShares, modelsUnknown } from '@/lib/view/insights';

const MAX_MODELS = 8;

export function ModelsCard({ stats }: { stats: Stats }) {
  if (stats.models.length === 0 || modelsUnknown(stats.models)) {
    return (
      <Card title="Models" caption="Assistant replies per model">
        <p className="text-sm text-zinc-400">This export doesn’t name the models that answered.</p>
      </Card>
    );
  }
  const shares = modelShares(stats.models, MAX_MODELS);
  return (
    <Card title="Models" caption="Assistant replies per model">
      <p className="mb-4">
        <span className="text-4xl font-black tabular-nums">{formatNumber(stats.models.length)}</span>{' '}
        <span className="text-zinc-400">model{stats.models.length === 1 ? '' : 's'} answered you</span>
      </p>
      <ul className="flex flex-col gap-3">
        {shares.map((entry) => (
          <li key={entry.model}>
            <div className="flex items-baseline justify-between gap-2 text-sm">
              <span className="truncate font-semibold">{entry.model}</span>
              <span className="shrink-0 tabular-nums text-zinc-400">
                {formatNumber(entry.messages)} · {formatPercent(entry.share)}
              </span>
            </div>
            <div className="mt-1 h-2.5 rounded-full bg-white/5">
              <div className="h-full rounded-full bg-linear-to-r from-amber-400 to-rose-500" style={{ width: `${Math.max(1, entry.share * 100)}%` }} />
            </div>
          </li>
        ))}
      </ul>
      {stats.models.length > MAX_MODELS ? <p className="mt-3 text-xs text-zinc-400">+{stats.models.length - MAX_MODELS} more</p> : null}
    </Card>
  );
}
