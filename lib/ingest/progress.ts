/** Progress of an import with an ETA from the observed byte rate, throttled for postMessage. */
import { listKinds } from '../assets/report';
import type { AssetKind } from '../assets/types';

/** `assets`: the export's images, voice clips and files are saved after the conversations. */
export type IngestPhase = 'hashing' | 'reading' | 'saving' | 'assets' | 'analysing';

export interface IngestProgress {
  phase: IngestPhase;
  bytesDone: number;
  bytesTotal: number;
  conversations: number;
  /** Milliseconds left at the current rate; null until the rate is known. */
  etaMs: number | null;
  /** Phase 'assets': how many files of each kind are being saved ("Saving 214 images…"). */
  assets?: Record<AssetKind, number>;
}

export type ProgressListener = (progress: IngestProgress) => void;

const MIN_INTERVAL_MS = 100;

export class ProgressTracker {
  private readonly startedAt = Date.now();
  private lastSent = 0;

  constructor(
    private readonly phase: IngestPhase,
    private readonly bytesTotal: number,
    private readonly listener?: ProgressListener,
    private readonly assets?: Record<AssetKind, number>,
  ) {}

  update(bytesDone: number, conversations: number, force = false): void {
    if (!this.listener) return;
    const now = Date.now();
    if (!force && now - this.lastSent < MIN_INTERVAL_MS) return;
    this.lastSent = now;
    const elapsed = now - this.startedAt;
    const etaMs =
      bytesDone > 0 && elapsed > 250 ? Math.max(0, ((this.bytesTotal - bytesDone) * elapsed) / bytesDone) : null;
    this.listener({ phase: this.phase, bytesDone, bytesTotal: this.bytesTotal, conversations, etaMs, ...(this.assets ? { assets: this.assets } : {}) });
  }
}

/** The assets phase in words: "Saving 214 images and 12 voice clips". */
export function assetSavingLabel(files: Record<AssetKind, number> | undefined): string {
  return files ? `Saving ${listKinds(files)}` : 'Saving images and audio';
}
