import { assetSavingLabel, type IngestProgress } from '@/lib/ingest/progress';
import { formatBytes } from '@/lib/ingest/limits';

const PHASE_LABELS: Record<IngestProgress['phase'], string> = {
  hashing: 'Checking the file',
  reading: 'Reading conversations',
  saving: 'Saving on this device',
  assets: 'Saving images and audio',
  analysing: 'Crunching your numbers',
};

const phaseLabel = (progress: IngestProgress) => (progress.phase === 'assets' ? assetSavingLabel(progress.assets) : PHASE_LABELS[progress.phase]);

export function ImportProgress({ label, progress, onCancel }: { label: string; progress: IngestProgress | null; onCancel: () => void }) {
  const fraction = progress && progress.bytesTotal > 0 ? Math.min(1, progress.bytesDone / progress.bytesTotal) : 0;
  const percent = Math.round(fraction * 100);
  return (
    <div className="w-full rounded-2xl border border-white/10 bg-white/5 p-5" data-testid="import-progress">
      <div className="mb-2 flex items-baseline justify-between gap-4 text-sm">
        <span className="font-medium">{progress ? phaseLabel(progress) : 'Starting'} · {label}</span>
        <span className="tabular-nums text-zinc-400">{percent}%</span>
      </div>
      <div
        className="h-2 w-full overflow-hidden rounded-full bg-white/10"
        role="progressbar"
        aria-label={`Import progress: ${progress ? phaseLabel(progress) : 'starting'}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="h-full rounded-full bg-gradient-to-r from-violet-500 to-fuchsia-500 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <div className="mt-2 flex items-center justify-between gap-4 text-xs text-zinc-400">
        <span className="tabular-nums">
          {progress ? `${formatBytes(progress.bytesDone)} of ${formatBytes(progress.bytesTotal)}` : ''}
          {progress && progress.conversations > 0 ? ` · ${progress.conversations.toLocaleString()} conversations` : ''}
          {progress?.etaMs != null ? ` · about ${formatEta(progress.etaMs)} left` : ''}
        </span>
        <button type="button" onClick={onCancel} className="rounded-lg border border-white/15 px-3 py-1 text-zinc-200 hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-violet-400" data-testid="import-cancel">
          Cancel
        </button>
      </div>
    </div>
  );
}

function formatEta(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  return `${Math.ceil(seconds / 60)} min`;
}
