'use client';
/**
 * Adaptation of the shipped sentiment head: its guesses on the conversations it is least sure
 * about, the user's corrections, and "Adapt" → before/after scores on those corrections. The
 * adapted head is stored and the ML analysis uses it from its next run.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMl } from '@/components/ml/MlProvider';
import { MIN_CORRECTIONS } from '@/lib/custom/adapt-evaluation';
import type { AdaptedHead } from '@/lib/custom/types';
import { HEAD_LABELS } from '@/lib/ml/heads/labels';
import { db } from '@/lib/store/db';
import { deleteAdaptedHead } from '@/lib/store/training';
import { formatPercent } from '@/lib/view/format';
import { countOf } from '@/lib/view/language';
import type { HeadGuess } from '@/workers/ml/train-protocol';
import { trainingKeys, useAdaptedHead, useLabelMutations, useLabels } from './useTrainingStore';

const guess = (g: HeadGuess) => `${g.label} (${formatPercent(g.confidence)})`;

export function AdaptPanel({ importId }: { importId: string }) {
  const ml = useMl();
  const client = useQueryClient();
  const adapted = useAdaptedHead();
  const corrections = useLabels('sentiment', importId);
  const { set } = useLabelMutations('sentiment', importId);
  const preview = useQuery({
    queryKey: ['training', 'adapt-preview', importId, adapted.data?.adaptedAt ?? 0],
    queryFn: () => ml.adaptPreview(importId, 8),
    staleTime: Infinity,
    placeholderData: (previous) => previous,
  });
  const refresh = () => client.invalidateQueries({ queryKey: trainingKeys.adaptedHead });
  const adapt = useMutation({ mutationFn: () => ml.adapt(importId), onSuccess: refresh });
  const reset = useMutation({ mutationFn: () => deleteAdaptedHead(db(), 'sentiment'), onSuccess: refresh });
  const correctionOf = new Map((corrections.data ?? []).map((label) => [label.conversationId, label.value]));
  const correctionCount = correctionOf.size;

  return (
    <section aria-labelledby="adapt-heading" className="flex flex-col gap-4 rounded-3xl bg-zinc-900/80 p-5 ring-1 ring-white/10" data-testid="adapt-panel">
      <div>
        <h2 id="adapt-heading" className="text-lg font-bold">Adapt the sentiment model to you</h2>
        <p className="mt-1 text-sm text-zinc-400">
          The shipped sentiment head guesses how each conversation feels. Correct the ones it gets wrong (these are the ones it is least sure about), then adapt it: its last layer is fine-tuned on your corrections.
        </p>
      </div>
      {preview.isError ? (
        <p role="alert" className="text-sm text-rose-300">Could not load the guesses: {preview.error.message}</p>
      ) : !preview.data ? (
        <p role="status" className="text-sm text-zinc-400">Loading the model’s guesses…</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {preview.data.map((item) => (
            <li key={item.conversationId} className="flex flex-wrap items-center gap-3 rounded-2xl bg-white/5 px-4 py-2" data-testid="adapt-item">
              <div className="min-w-0 flex-1">
                <p className="truncate font-semibold">{item.title}</p>
                <p className="text-xs text-zinc-400">
                  Shipped: {guess(item.shipped)}
                  {item.adapted ? ` · adapted: ${guess(item.adapted)}` : ''}
                </p>
              </div>
              <label className="flex items-center gap-2 text-xs text-zinc-400">
                Actually
                <select
                  value={correctionOf.get(item.conversationId) ?? ''}
                  onChange={(event) => event.target.value && set.mutate({ conversationId: item.conversationId, value: event.target.value })}
                  className="rounded-lg bg-zinc-950 px-2 py-1 text-sm text-white ring-1 ring-white/15 focus-visible:outline-2 focus-visible:outline-fuchsia-400"
                  aria-label={`Sentiment of “${item.title}”`}
                  data-testid="adapt-correction"
                >
                  <option value="">—</option>
                  {HEAD_LABELS.sentiment.map((label) => (
                    <option key={label} value={label}>{label}</option>
                  ))}
                </select>
              </label>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => adapt.mutate()}
          disabled={correctionCount < MIN_CORRECTIONS || adapt.isPending}
          className="rounded-full bg-white px-5 py-2 text-sm font-bold text-zinc-900 hover:bg-zinc-200 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white disabled:opacity-50"
          data-testid="adapt-button"
        >
          {adapt.isPending ? 'Adapting…' : 'Adapt'}
        </button>
        <span className="text-sm text-zinc-400">
          {countOf(correctionCount, 'correction')}
          {correctionCount < MIN_CORRECTIONS ? ` (at least ${MIN_CORRECTIONS} needed)` : ''}
        </span>
      </div>
      {adapt.isError ? <p role="alert" className="text-sm text-rose-300">Adapting failed: {adapt.error.message}</p> : null}
      {adapted.data ? <AdaptResult adapted={adapted.data} onReanalyse={() => ml.analyse(importId)} onReset={() => reset.mutate()} /> : null}
    </section>
  );
}

function AdaptResult({ adapted, onReanalyse, onReset }: { adapted: AdaptedHead; onReanalyse: () => void; onReset: () => void }) {
  const rows = [
    { name: 'Macro-F1', before: formatPercent(adapted.before.macroF1), after: formatPercent(adapted.after.macroF1) },
    { name: 'Accuracy', before: formatPercent(adapted.before.accuracy), after: formatPercent(adapted.after.accuracy) },
    { name: 'ECE (lower is better)', before: adapted.before.ece.toFixed(3), after: adapted.after.ece.toFixed(3) },
  ];
  return (
    <div className="flex flex-col gap-3" data-testid="adapt-result">
      <table className="w-full max-w-md text-left text-sm">
        <caption className="mb-1 text-left text-xs text-zinc-400">
          On your {adapted.corrections} corrections; “after” is {adapted.folds}-fold cross-validated, so it is scored on corrections it did not learn from.
        </caption>
        <thead className="text-xs uppercase tracking-wider text-zinc-400">
          <tr>
            <th scope="col" className="py-1">Metric</th>
            <th scope="col" className="py-1">Shipped</th>
            <th scope="col" className="py-1">Adapted</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row" className="py-1 font-medium text-zinc-300">{row.name}</th>
              <td className="py-1 tabular-nums">{row.before}</td>
              <td className="py-1 font-bold tabular-nums">{row.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-sm text-zinc-300" data-testid="adapt-used">
        The adapted head is saved on this device and replaces the shipped one in your sentiment figures from the next analysis.
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={onReanalyse} className="rounded-full bg-white/10 px-4 py-2 text-sm font-semibold hover:bg-white/20 focus-visible:outline-2 focus-visible:outline-white">
          Re-run the analysis now
        </button>
        <button type="button" onClick={onReset} className="rounded-full px-4 py-2 text-sm text-zinc-400 hover:text-white focus-visible:outline-2 focus-visible:outline-white">
          Go back to the shipped head
        </button>
      </div>
    </div>
  );
}
