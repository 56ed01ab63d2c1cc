/**
 * One pass of on-device media analysis over an import: every stored image through the vision
 * models, then every voice clip without a transcript through whisper-tiny. Results are stored as
 * they arrive, so a cancelled or interrupted run resumes with what is left.
 */
import type { AssetRecord } from '@/lib/assets/types';
import { assetsToTranscribe } from '@/lib/audio/pending';
import { SPEECH_ANALYZER, type Transcript } from '@/lib/audio/types';
import { getAssetBlob, iterateAssetFiles, listAssets } from '@/lib/store/assets';
import type { WrappedDb } from '@/lib/store/db';
import { analysedAssetIds, putMediaAnalyses } from '@/lib/store/media-analyses';
import type { VisionItem } from '@/lib/vision/run-batch';
import { VISION_ANALYZER, type ImageAnalysis } from '@/lib/vision/types';
import type { Vision } from '@/components/vision/VisionProvider';
import type { Voice } from '@/components/voice/VoiceProvider';

export interface MediaRunProgress {
  phase: 'images' | 'voice';
  done: number;
  total: number;
  failed: number;
  /** Seconds left at the pace so far; null until there is a pace. */
  etaSeconds: number | null;
}

export interface MediaRunResult {
  images: number;
  clips: number;
  failed: number;
}

export interface MediaRunPorts {
  db: WrappedDb;
  vision: Pick<Vision, 'analyse'>;
  voice: Pick<Voice, 'transcribe'>;
  signal: AbortSignal;
  onProgress(progress: MediaRunProgress): void;
  /** Something new was stored: refresh what shows it. */
  onStored(): void;
}

/** Images go to the worker this many at a time: a batch's blobs are in flight together. */
const IMAGE_BATCH = 8;

export async function pendingImageCount(db: WrappedDb, importId: string): Promise<number> {
  const done = await analysedAssetIds(db, importId, VISION_ANALYZER);
  const images = await listAssets(db, importId, { kind: 'image' });
  return images.filter((image) => image.path !== null && !done.has(image.assetId)).length;
}

export async function pendingClips(db: WrappedDb, importId: string): Promise<AssetRecord[]> {
  const audio = await listAssets(db, importId, { kind: 'audio' });
  return assetsToTranscribe(audio, await analysedAssetIds(db, importId, SPEECH_ANALYZER));
}

/** Thrown when the user cancels: what finished is stored, the rest waits for the next run. */
export class MediaRunCancelled extends Error {
  constructor() {
    super('Media analysis cancelled.');
    this.name = 'MediaRunCancelled';
  }
}

/**
 * Images first (quick, and the gallery fills in), then voice clips. `skipImages`: images that
 * failed earlier in this session (a corrupt file fails again; it is not stored, so a reload retries).
 */
export async function runMediaAnalysis(importId: string, ports: MediaRunPorts, skipImages: ReadonlySet<string>): Promise<MediaRunResult & { failedImages: string[] }> {
  const images = await analyseImages(importId, ports, skipImages);
  const clips = await transcribeClips(importId, ports);
  return { images: images.done, clips: clips.done, failed: images.failed.length + clips.failed, failedImages: images.failed };
}

function etaSeconds(startedAt: number, done: number, total: number): number | null {
  if (done === 0) return null;
  return Math.round((((performance.now() - startedAt) / done) * (total - done)) / 1000);
}

async function analyseImages(importId: string, ports: MediaRunPorts, skip: ReadonlySet<string>): Promise<{ done: number; failed: string[] }> {
  const { db, vision, signal, onProgress, onStored } = ports;
  const analysed = await analysedAssetIds(db, importId, VISION_ANALYZER);
  const total = (await pendingImageCount(db, importId)) - skip.size;
  const failed: string[] = [];
  const startedAt = performance.now();
  let done = 0;
  if (total <= 0) return { done, failed };
  const report = (inBatch: number) =>
    onProgress({ phase: 'images', done: done + inBatch, total, failed: failed.length, etaSeconds: etaSeconds(startedAt, done + inBatch, total) });
  report(0);

  let batch: VisionItem[] = [];
  const flush = async () => {
    const results: { assetId: string; result: ImageAnalysis }[] = [];
    try {
      await vision.analyse(batch, {
        signal,
        onImage: (assetId, analysis) => results.push({ assetId, result: analysis }),
        onImageError: (assetId) => failed.push(assetId),
        onProgress: (progress) => report(progress.done),
      });
    } finally {
      // A cancelled batch still keeps the images it finished.
      if (results.length > 0) {
        await putMediaAnalyses(db, importId, VISION_ANALYZER, results);
        onStored();
      }
    }
    done += batch.length;
    batch = [];
  };
  try {
    for await (const row of iterateAssetFiles(db, importId, 'image')) {
      if (signal.aborted) throw new MediaRunCancelled();
      if (analysed.has(row.assetId) || skip.has(row.assetId)) continue;
      batch.push({ assetId: row.assetId, blob: row.blob, mimeType: row.mimeType });
      if (batch.length === IMAGE_BATCH) await flush();
    }
    if (batch.length > 0) await flush();
  } catch (error) {
    throw signal.aborted ? new MediaRunCancelled() : error;
  }
  return { done, failed };
}

async function transcribeClips(importId: string, ports: MediaRunPorts): Promise<{ done: number; failed: number }> {
  const { db, voice, signal, onProgress, onStored } = ports;
  const clips = await pendingClips(db, importId);
  if (clips.length === 0) return { done: 0, failed: 0 };
  if (signal.aborted) throw new MediaRunCancelled();
  let failed = 0;
  onProgress({ phase: 'voice', done: 0, total: clips.length, failed, etaSeconds: null });
  const stores: Promise<void>[] = [];
  try {
    const result = await voice.transcribe(
      clips.map((clip) => ({
        assetId: clip.assetId,
        durationSeconds: clip.durationSeconds ?? null,
        // Read when its turn comes: a long queue of clips never sits in memory.
        blob: async () => {
          const blob = await getAssetBlob(db, importId, clip.assetId);
          if (!blob) throw new Error('This clip is no longer stored on this device.');
          return blob;
        },
      })),
      {
        signal,
        onProgress: (event) => {
          if (event.phase !== 'transcribing') return;
          const { item, etaSeconds } = event.progress;
          onProgress({ phase: 'voice', done: item, total: clips.length, failed, etaSeconds });
        },
        onTranscript: (assetId, transcript: Transcript) => {
          stores.push(putMediaAnalyses(db, importId, SPEECH_ANALYZER, [{ assetId, result: transcript }]).then(onStored));
        },
      },
    );
    failed = result.failures.length;
    return { done: result.transcribed, failed };
  } catch (error) {
    throw signal.aborted ? new MediaRunCancelled() : error;
  } finally {
    await Promise.all(stores);
  }
}
