/**
 * An import's progress in words (components/import/ImportProgress.tsx): the phase, how far it
 * is, and what it counts — the file's bytes while bytes are read, conversations and messages
 * while they are analysed — never a byte count for a phase that reads no bytes.
 */
import { formatBytes } from '@/lib/ingest/limits';
import { assetSavingLabel } from '@/lib/ingest/progress';
import type { ImportProgress } from '@/workers/ingest/protocol';
import { formatNumber } from './format';
import { countOf } from './language';

export interface ImportProgressView {
  /** The phase in words: "Reading conversations". */
  phase: string;
  /** 0–1 through this phase, or null when it can't be measured (an indeterminate bar, no percent). */
  fraction: number | null;
  /** What the phase counts: "12 MB of 40 MB · 310 conversations", "2,784 conversations · 51,234 messages". */
  detail: string;
}

const PHASE_LABELS: Record<ImportProgress['phase'], string> = {
  hashing: 'Checking the file',
  reading: 'Reading conversations',
  saving: 'Saving on this device',
  assets: 'Saving images and audio',
  analysing: 'Crunching your numbers',
};

export function importPhaseLabel(progress: ImportProgress | null): string {
  if (!progress) return 'Starting';
  return progress.phase === 'assets' ? assetSavingLabel(progress.assets) : PHASE_LABELS[progress.phase];
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

export function importProgressView(progress: ImportProgress | null): ImportProgressView {
  const phase = importPhaseLabel(progress);
  if (!progress) return { phase, fraction: null, detail: '' };
  const countsBytes = progress.bytesOf !== 'none' && progress.bytesTotal > 0;

  if (!countsBytes) {
    // A stored import re-analysed: its conversations are counted as they are re-read.
    if (progress.conversationsTotal !== undefined && progress.conversationsTotal > 0) {
      return {
        phase,
        fraction: clamp01(progress.conversations / progress.conversationsTotal),
        detail: `${formatNumber(Math.min(progress.conversations, progress.conversationsTotal))} of ${countOf(progress.conversationsTotal, 'conversation')}`,
      };
    }
    // Nothing to measure: say what is being worked on.
    const parts = [
      progress.conversations > 0 ? countOf(progress.conversations, 'conversation') : null,
      progress.messages !== undefined && progress.messages > 0 ? countOf(progress.messages, 'message') : null,
    ].filter((part): part is string => part !== null);
    return { phase, fraction: null, detail: parts.join(' · ') };
  }

  const bytes = `${formatBytes(progress.bytesDone)} of ${formatBytes(progress.bytesTotal)}${progress.bytesOf === 'unpacked' ? ' unpacked' : ''}`;
  // Reading and saving find and store conversations as they go; the other phases don't count them.
  const found = (progress.phase === 'reading' || progress.phase === 'saving') && progress.conversations > 0 ? ` · ${countOf(progress.conversations, 'conversation')}` : '';
  return { phase, fraction: clamp01(progress.bytesDone / progress.bytesTotal), detail: bytes + found };
}
