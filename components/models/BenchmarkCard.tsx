'use client';
/** Times the encoders in this browser on a batch of the user's own prompts. */
import { useMutation } from '@tanstack/react-query';
import { useMl } from '@/components/ml/MlProvider';
import { deviceName, formatMs } from '@/components/dashboard/ml/ml-view';
import { Card } from '@/components/ui/Card';
import { formatNumber } from '@/lib/view/format';

export function BenchmarkCard({ importId }: { importId: string | null }) {
  const { bench } = useMl();
  const run = useMutation({ mutationFn: () => bench(importId) });
  const rows = run.data ?? [];
  const fastest = Math.max(0, ...rows.map((row) => row.textsPerSecond));
  return (
    <Card
      title="Benchmark"
      caption={importId ? 'Embeds a batch of your own prompts a few times' : 'Embeds a few sample sentences (nothing imported yet)'}
      className="lg:col-span-2"
      action={
        <button
          type="button"
          onClick={() => run.mutate()}
          disabled={run.isPending}
          aria-busy={run.isPending}
          data-testid="bench-run"
          className="shrink-0 rounded-full bg-linear-to-r from-violet-500 via-fuchsia-500 to-amber-400 px-4 py-2 text-sm font-bold text-white transition hover:brightness-110 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white disabled:opacity-60"
        >
          {run.isPending ? 'Running…' : rows.length ? 'Run again' : 'Run benchmark'}
        </button>
      }
    >
      <div aria-live="polite" className="min-h-40">
        {run.isPending ? (
          <div className="flex items-center gap-3 text-sm text-zinc-300" role="status" data-testid="bench-running">
            <span className="size-5 rounded-full border-2 border-white/10 border-t-fuchsia-400 motion-safe:animate-spin" aria-hidden="true" />
            Timing the encoders on this device… this takes a few seconds, longer on a software GPU.
          </div>
        ) : run.isError ? (
          <p role="alert" className="text-sm text-rose-300" data-testid="bench-error">
            The benchmark failed: {run.error.message}
          </p>
        ) : rows.length === 0 ? (
          <p className="text-sm text-zinc-400">Press Run benchmark to see how fast each encoder runs here.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="bench-table">
              <caption className="sr-only">Encoder speed in this browser</caption>
              <thead className="text-xs uppercase tracking-wider text-zinc-400">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-semibold">Encoder</th>
                  <th scope="col" className="py-2 pr-3 font-semibold">Device</th>
                  <th scope="col" className="py-2 pr-3 text-right font-semibold">Batch</th>
                  <th scope="col" className="py-2 pr-3 text-right font-semibold">Per batch</th>
                  <th scope="col" className="py-2 text-right font-semibold">Texts / s</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => (
                  <tr key={`${row.encoder}-${row.device}-${index}`} className="border-t border-white/5" data-encoder={row.encoder} data-device={row.device}>
                    <th scope="row" className="py-2 pr-3 font-semibold">{row.encoder}</th>
                    <td className="py-2 pr-3 text-zinc-300">{deviceName(row.device)}</td>
                    <td className="py-2 pr-3 text-right tabular-nums text-zinc-300">{formatNumber(row.batchSize)}</td>
                    {row.error ? (
                      <td colSpan={2} className="py-2 text-right text-rose-300">
                        Could not run here: {row.error}
                      </td>
                    ) : (
                      <>
                        <td className="py-2 pr-3 text-right tabular-nums">{formatMs(row.msPerBatch)}</td>
                        <td className={`py-2 text-right font-bold tabular-nums ${row.textsPerSecond === fastest ? 'text-emerald-300' : ''}`} data-value={row.textsPerSecond}>
                          {formatNumber(row.textsPerSecond)}
                        </td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </Card>
  );
}
