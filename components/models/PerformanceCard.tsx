/** How long the last analysis took, stage by stage, and how much the vector cache saved. */
import { deviceName, formatMs } from '@/components/dashboard/ml/ml-view';
import { Card } from '@/components/ui/Card';
import type { MlAnalysis } from '@/lib/ml/types';
import { formatNumber, formatPercent } from '@/lib/view/format';

export function PerformanceCard({ analysis }: { analysis: MlAnalysis | null }) {
  if (!analysis) {
    return (
      <Card title="Last analysis" caption="Timings appear after the first analysis">
        <p className="text-sm text-zinc-400">No analysis of the active import yet.</p>
      </Card>
    );
  }
  const { timings, counts, encoders } = analysis;
  const stages = [
    { name: 'embed', label: 'Understanding messages', ms: timings.embedMs },
    { name: 'heads', label: 'Tone, feelings and intent', ms: timings.headsMs },
    { name: 'topics', label: 'Topics and map', ms: timings.topicsMs },
    { name: 'language', label: 'Language features', ms: timings.languageMs },
  ];
  const max = Math.max(1, ...stages.map((stage) => stage.ms));
  const hitRate = counts.textsEmbedded > 0 ? counts.cacheHits / counts.textsEmbedded : 0;
  return (
    <Card title="Last analysis" caption={`Took ${formatMs(timings.totalMs)} in all`}>
      <ul className="flex flex-col gap-2" data-testid="ml-timings">
        {stages.map((stage) => (
          <li key={stage.name} data-stage={stage.name} data-value={stage.ms}>
            <div className="flex justify-between gap-2 text-sm">
              <span className="text-zinc-300">{stage.label}</span>
              <span className="tabular-nums text-zinc-400">{formatMs(stage.ms)}</span>
            </div>
            <div className="mt-1 h-2 rounded-full bg-white/5">
              <div className="h-full rounded-full bg-linear-to-r from-violet-500 to-fuchsia-500" style={{ width: `${Math.max(1, (stage.ms / max) * 100)}%` }} />
            </div>
          </li>
        ))}
      </ul>
      <dl className="mt-4 grid grid-cols-2 gap-2 text-center">
        <div className="rounded-2xl bg-white/5 p-2">
          <dd className="text-lg font-black tabular-nums" data-testid="ml-texts-embedded" data-value={counts.textsEmbedded}>{formatNumber(counts.textsEmbedded)}</dd>
          <dt className="text-xs text-zinc-400">distinct texts embedded</dt>
        </div>
        <div className="rounded-2xl bg-white/5 p-2">
          <dd className="text-lg font-black tabular-nums" data-testid="ml-cache-hit-rate" data-value={hitRate}>{formatPercent(hitRate)}</dd>
          <dt className="text-xs text-zinc-400">from the vector cache</dt>
        </div>
      </dl>
      <p className="mt-3 text-xs text-zinc-400">
        Messages: {encoders.messages.id} on {deviceName(encoders.messages.device)} ({encoders.messages.dtype}). Conversations: {encoders.conversations.id} on {deviceName(encoders.conversations.device)} ({encoders.conversations.dtype}).
      </p>
    </Card>
  );
}
