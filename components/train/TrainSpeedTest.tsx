'use client';
/** How fast training runs in this browser: 50 / 500 / 5,000 synthetic labelled 512-d vectors, in the ML worker. */
import { useMutation } from '@tanstack/react-query';
import { useMl } from '@/components/ml/MlProvider';
import { formatNumber } from '@/lib/view/format';

export const SPEED_TEST_SIZES = [50, 500, 5_000];

export function TrainSpeedTest() {
  const ml = useMl();
  const run = useMutation({ mutationFn: () => ml.benchTraining(SPEED_TEST_SIZES) });
  return (
    <details className="rounded-3xl bg-zinc-900/80 p-5 ring-1 ring-white/10">
      <summary className="cursor-pointer text-lg font-bold focus-visible:outline-2 focus-visible:outline-white">Training speed on this device</summary>
      <p className="mt-2 text-sm text-zinc-400">Trains on synthetic labelled vectors of the encoder’s width (512) through the same code as the Train button. Takes up to a minute at 5,000.</p>
      <button
        type="button"
        onClick={() => run.mutate()}
        disabled={run.isPending}
        className="mt-3 rounded-full bg-white/10 px-4 py-2 text-sm font-semibold hover:bg-white/20 focus-visible:outline-2 focus-visible:outline-white disabled:opacity-50"
        data-testid="train-bench-run"
      >
        {run.isPending ? 'Measuring…' : 'Measure'}
      </button>
      {run.isError ? <p role="alert" className="mt-2 text-sm text-rose-300" data-testid="train-bench-error">{run.error.message}</p> : null}
      {run.data ? (
        <table className="mt-3 w-full text-left text-sm" data-testid="train-bench-table">
          <thead className="text-xs uppercase tracking-wider text-zinc-400">
            <tr>
              <th scope="col">Labelled vectors</th>
              <th scope="col">Model</th>
              <th scope="col">Train (ms)</th>
              <th scope="col">Cross-validate + ensemble (ms)</th>
            </tr>
          </thead>
          <tbody>
            {run.data.map((row) => (
              <tr key={`${row.labels}-${row.model}`} data-labels={row.labels} data-model={row.model} data-fit-ms={row.fitMs} data-evaluate-ms={row.evaluateMs}>
                <td className="tabular-nums">{formatNumber(row.labels)}</td>
                <td>{row.model}</td>
                <td className="tabular-nums">{formatNumber(Math.round(row.fitMs))}</td>
                <td className="tabular-nums">{formatNumber(Math.round(row.evaluateMs))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </details>
  );
}
