'use client';
/**
 * Trains the labelled categories in the ML worker and shows the stored result: cross-validated
 * metrics of the ensemble beside each member's, the learning curve, and how long it took.
 * Retrains by itself every few labels once a model exists, when the user leaves that on.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useMl } from '@/components/ml/MlProvider';
import type { CustomTrainReport } from '@/lib/custom/types';
import { MIN_LABELS } from '@/lib/custom/training-set';
import { ENSEMBLE_METHODS, type EnsembleMethod } from '@/lib/train/ensemble/combine';
import type { ModelKind } from '@/lib/train';
import { formatNumber, formatPercent } from '@/lib/view/format';
import { countOf } from '@/lib/view/language';
import { LearningCurveChart } from './LearningCurveChart';
import { trainingKeys } from './useTrainingStore';

const RETRAIN_EVERY = 5;
const MODEL_NAMES: Record<ModelKind, string> = { logistic: 'Logistic regression', mlp: 'Small neural network (MLP)' };
const METHOD_NAMES: Record<EnsembleMethod, string> = { voting: 'Voting', weighted: 'Weighted by F1', averaging: 'Averaging' };
const SELECT = 'rounded-xl bg-zinc-950 px-3 py-2 text-sm text-white ring-1 ring-white/15 focus-visible:outline-2 focus-visible:outline-fuchsia-400';

const ms = (value: number) => (value < 10 ? `${value.toFixed(1)} ms` : `${formatNumber(Math.round(value))} ms`);

export function TrainPanel({ importId, labelCount, report }: { importId: string; labelCount: number; report: CustomTrainReport | null }) {
  const ml = useMl();
  const client = useQueryClient();
  const [model, setModel] = useState<ModelKind>(report?.model ?? 'logistic');
  const [method, setMethod] = useState<EnsembleMethod>(report?.method ?? 'weighted');
  const [auto, setAuto] = useState(true);
  const train = useMutation({
    mutationFn: () => ml.trainCategories(importId, model, method),
    onSuccess: () => client.invalidateQueries({ queryKey: trainingKeys.customHead(importId) }),
  });
  const canTrain = labelCount >= MIN_LABELS;

  // Auto-retrain: every RETRAIN_EVERY new labels after a first model.
  const trainedAt = useRef(report?.labelCount ?? null);
  useEffect(() => {
    if (report) trainedAt.current ??= report.labelCount;
  }, [report]);
  useEffect(() => {
    if (!auto || train.isPending || trainedAt.current === null || !canTrain) return;
    if (Math.abs(labelCount - trainedAt.current) >= RETRAIN_EVERY) {
      trainedAt.current = labelCount;
      train.mutate();
    }
  });

  return (
    <section aria-labelledby="train-heading" className="flex flex-col gap-4 rounded-3xl bg-zinc-900/80 p-5 ring-1 ring-white/10" data-testid="train-panel">
      <h2 id="train-heading" className="text-lg font-bold">3 · Train</h2>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-xs text-zinc-400">
          Model
          <select className={SELECT} value={model} onChange={(e) => setModel(e.target.value as ModelKind)} data-testid="train-model">
            {(Object.keys(MODEL_NAMES) as ModelKind[]).map((kind) => (
              <option key={kind} value={kind}>{MODEL_NAMES[kind]}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs text-zinc-400">
          Ensemble with the category descriptions by
          <select className={SELECT} value={method} onChange={(e) => setMethod(e.target.value as EnsembleMethod)} data-testid="train-method">
            {ENSEMBLE_METHODS.map((value) => (
              <option key={value} value={value}>{METHOD_NAMES[value]}</option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => {
            trainedAt.current = labelCount;
            train.mutate();
          }}
          disabled={!canTrain || train.isPending}
          className="rounded-full bg-white px-5 py-2 text-sm font-bold text-zinc-900 transition hover:bg-zinc-200 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white disabled:opacity-50"
          data-testid="train-button"
        >
          {train.isPending ? 'Training…' : 'Train'}
        </button>
        <label className="flex items-center gap-2 text-sm text-zinc-400">
          <input type="checkbox" checked={auto} onChange={(e) => setAuto(e.target.checked)} className="accent-fuchsia-400" />
          Retrain every {countOf(RETRAIN_EVERY, 'label')}
        </label>
      </div>
      {!canTrain ? <p className="text-sm text-zinc-400">Label at least {countOf(MIN_LABELS, 'conversation')}, in two or more categories, to train.</p> : null}
      {train.isError ? (
        <p role="alert" className="text-sm text-rose-300" data-testid="train-error">
          Training failed: {train.error.message}
        </p>
      ) : null}
      <div aria-live="polite">{report ? <TrainReport report={report} labelCount={labelCount} /> : null}</div>
    </section>
  );
}

function TrainReport({ report, labelCount }: { report: CustomTrainReport; labelCount: number }) {
  const rows = [...report.members.map((member) => ({ ...member, ensemble: false })), { name: `Ensemble (${METHOD_NAMES[report.method].toLowerCase()})`, metrics: report.ensemble, weight: 1, ensemble: true }];
  return (
    <div className="flex flex-col gap-4" data-testid="train-report" data-macro-f1={report.ensemble.macroF1}>
      <p className="text-sm text-zinc-400" data-testid="train-summary">
        {MODEL_NAMES[report.model]} on {countOf(report.labelCount, 'label')}, {report.folds}-fold cross-validated · trained in {ms(report.fitMs)}, scored in {ms(report.evaluateMs)}, {ms(report.totalMs)} in all
        {labelCount !== report.labelCount ? ` · ${countOf(Math.abs(labelCount - report.labelCount), 'label change')} since: train again to include them` : ''}
      </p>
      <table className="w-full text-left text-sm" data-testid="train-metrics">
        <caption className="sr-only">Cross-validated scores of each member and of the ensemble</caption>
        <thead className="text-xs uppercase tracking-wider text-zinc-400">
          <tr>
            <th scope="col" className="py-1 font-semibold">Model</th>
            <th scope="col" className="py-1 font-semibold">Macro-F1</th>
            <th scope="col" className="py-1 font-semibold">Accuracy</th>
            <th scope="col" className="py-1 font-semibold" title="Expected calibration error: how far confidence is from accuracy (lower is better)">ECE</th>
            <th scope="col" className="py-1 font-semibold">Weight</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name} className={row.ensemble ? 'font-bold text-white' : 'text-zinc-300'}>
              <th scope="row" className="py-1 font-medium">{row.name}</th>
              <td className="py-1 tabular-nums">{formatPercent(row.metrics.macroF1)}</td>
              <td className="py-1 tabular-nums">{formatPercent(row.metrics.accuracy)}</td>
              <td className="py-1 tabular-nums">{row.metrics.ece.toFixed(3)}</td>
              <td className="py-1 tabular-nums">{row.ensemble ? '—' : formatPercent(row.weight)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.curve.length > 1 ? <LearningCurveChart curve={report.curve} /> : <p className="text-sm text-zinc-400">The learning curve appears with a few more labels.</p>}
      <p className="text-xs text-zinc-400">Every conversation now has one of your categories: see the dashboard.</p>
    </div>
  );
}
