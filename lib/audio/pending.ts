/**
 * Which audio an import still needs transcribed on this device, and the export's own
 * transcripts in the stored shape. Transcripts the export carries are used as they are.
 */
import type { AssetRecord } from '../assets/types';
import type { Transcript } from './types';

type PendingAsset = Pick<AssetRecord, 'assetId' | 'kind' | 'source' | 'path' | 'transcript' | 'role' | 'time'>;

/**
 * Voice-mode audio with a file, no export transcript and no stored device transcript (`transcribed`
 * holds the asset ids already in `mediaAnalyses`); the user's clips first, then oldest first.
 * Audio files the user uploaded are theirs to keep, not voice turns: they are left alone.
 */
export function assetsToTranscribe<T extends PendingAsset>(assets: Iterable<T>, transcribed: ReadonlySet<string>): T[] {
  const pending = [...assets].filter(
    (asset) => asset.kind === 'audio' && asset.source === 'voice' && asset.path !== null && !asset.transcript?.trim() && !transcribed.has(asset.assetId),
  );
  const userFirst = (asset: T) => (asset.role === 'user' ? 0 : 1);
  const time = (asset: T) => asset.time ?? Number.MAX_SAFE_INTEGER;
  return pending.sort((a, b) => userFirst(a) - userFirst(b) || time(a) - time(b));
}

/** The export's transcript as a Transcript: one segment spanning the clip (the export keeps no timings). */
export function exportTranscript(asset: Pick<AssetRecord, 'transcript' | 'durationSeconds'>): Transcript | null {
  const text = asset.transcript?.trim();
  if (!text) return null;
  const durationSeconds = asset.durationSeconds ?? 0;
  return { text, chunks: [{ text, start: 0, end: durationSeconds }], durationSeconds, source: 'export' };
}
