import { Card } from '@/components/ui/Card';
import { formatNumber, formatPercent } from '@/lib/view/format';
import { UNRECORDED_MODEL_NAME } from '@/lib/view/display-names';
import { countOf, nounFor } from '@/lib/view/language';
import type { ModelsView } from '@/lib/view/wrapped-view';

const MAX_MODELS = 8;

export function ModelsCard({ models }: { models: ModelsView }) {
  const unrecorded =
    models.unrecordedReplies > 0 ? (
      <p className="mt-3 text-xs text-zinc-400">
        {countOf(models.unrecordedReplies, 'reply')} from {UNRECORDED_MODEL_NAME} (the export doesn’t say which).
      </p>
    ) : null;
  if (models.count === 0) {
    return (
      <Card title="Models" caption="Assistant replies per model">
        <p className="text-sm text-zinc-400">This export doesn’t name the models that answered.</p>
      </Card>
    );
  }
  const shown = models.named.slice(0, MAX_MODELS);
  return (
    <Card title="Models" caption="Assistant replies per model">
      <p className="mb-4">
        <span className="text-4xl font-black tabular-nums" data-testid="models-count" data-value={models.count}>
          {formatNumber(models.count)}
        </span>{' '}
        <span className="text-zinc-400">{nounFor(models.count, 'model')} answered you</span>
      </p>
      <ul className="flex flex-col gap-3">
        {shown.map((entry) => (
          <li key={entry.name}>
            <div className="flex items-baseline justify-between gap-2 text-sm">
              <span className="truncate font-semibold">{entry.name}</span>
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
      {models.count > MAX_MODELS ? <p className="mt-3 text-xs text-zinc-400">+{countOf(models.count - MAX_MODELS, 'more model')}</p> : null}
      {unrecorded}
    </Card>
  );
}
