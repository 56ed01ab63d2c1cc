/**
 * A batch of images through the vision models, one at a time: decode → bundled models → hub
 * tags and caption when they are loaded. Each image's result (or its own error) is reported as
 * soon as it is known, progress carries an ETA, and cancelling stops between images. The
 * decoder is a port: createImageBitmap + OffscreenCanvas in the worker, a PNG decoder in Node.
 */
import { findBundled, toImageAnalysis, type HubFindings, type ImageTag } from './analyze';
import type { BundledVisionModels } from './bundled-models';
import { analysisFailed, ImageDecodeError, undecodable, type VisionImageError } from './image-errors';
import { rgbaToRgb, type RgbaImage, type RgbImage } from './pixels';
import type { ImageAnalysis } from './types';

/** The two hub-tier outputs, each dropped for the rest of a batch when its model fails. */
export type HubPart = 'tags' | 'captions';

export interface VisionItem {
  assetId: string;
  blob: Blob;
  /** For blobs stored without a type (the asset record's mimeType). */
  mimeType?: string | null;
}

/** The picture stretched to the models' 512×512, and the original's size. */
export interface DecodedImage {
  pixels: RgbaImage;
  width: number;
  height: number;
}

export interface VisionPorts {
  /** Throws ImageDecodeError for an image it cannot read. */
  decode(blob: Blob, mimeType: string | null): Promise<DecodedImage>;
  bundled: BundledVisionModels;
  hub?: {
    tag?: (image: RgbImage) => Promise<ImageTag[]>;
    caption?: (image: RgbImage) => Promise<string>;
  };
}

export interface VisionProgress {
  phase: 'loading' | 'analysing';
  done: number;
  total: number;
  failed: number;
  /** Milliseconds left at the rate so far; null before the first image is done. */
  etaMs: number | null;
}

export interface VisionBatchEvents {
  onImage(assetId: string, analysis: ImageAnalysis): void;
  onImageError(assetId: string, error: VisionImageError): void;
  onProgress(progress: VisionProgress): void;
  /** A hub model failed mid-batch: the rest of the batch goes on without it. */
  onHubFailure(what: HubPart, message: string): void;
}

export interface VisionBatchSummary {
  analysed: number;
  failed: number;
  ms: number;
  imagesPerSecond: number;
}

/** Tags and caption from the hub models that still work in this batch; a failing one is reported once, then skipped. */
async function hubFindings(ports: VisionPorts, rgb: RgbImage, events: VisionBatchEvents, broken: Set<HubPart>): Promise<HubFindings> {
  const findings: HubFindings = {};
  const attempt = async <T,>(part: HubPart, run: ((image: RgbImage) => Promise<T>) | undefined): Promise<T | undefined> => {
    if (!run || broken.has(part)) return undefined;
    try {
      return await run(rgb);
    } catch (error) {
      broken.add(part);
      events.onHubFailure(part, error instanceof Error ? error.message : String(error));
      return undefined;
    }
  };
  const tags = await attempt('tags', ports.hub?.tag);
  const caption = await attempt('captions', ports.hub?.caption);
  if (tags) findings.tags = tags;
  if (caption) findings.caption = caption;
  return findings;
}

async function analyseOne(item: VisionItem, ports: VisionPorts, events: VisionBatchEvents, broken: Set<HubPart>): Promise<ImageAnalysis | VisionImageError> {
  const mimeType = item.blob.type || item.mimeType || null;
  const refused = undecodable(mimeType, item.blob.size);
  if (refused) return refused;
  let decoded: DecodedImage;
  try {
    decoded = await ports.decode(item.blob, mimeType);
  } catch (error) {
    if (error instanceof ImageDecodeError) return error.failure;
    return analysisFailed(error);
  }
  try {
    const rgb = rgbaToRgb(decoded.pixels);
    const bundled = await findBundled(ports.bundled, rgb, { width: decoded.width, height: decoded.height, mimeType });
    return toImageAnalysis(bundled, await hubFindings(ports, rgb, events, broken));
  } catch (error) {
    return analysisFailed(error);
  }
}

export async function analyseBatch(items: readonly VisionItem[], ports: VisionPorts, events: VisionBatchEvents, signal?: AbortSignal): Promise<VisionBatchSummary> {
  const started = performance.now();
  let done = 0;
  let failed = 0;
  const broken = new Set<HubPart>();
  const progress = (): VisionProgress => {
    const elapsed = performance.now() - started;
    return { phase: 'analysing', done, total: items.length, failed, etaMs: done > 0 ? Math.round((elapsed / done) * (items.length - done)) : null };
  };
  events.onProgress(progress());
  for (const item of items) {
    signal?.throwIfAborted();
    const outcome = await analyseOne(item, ports, events, broken);
    if ('safety' in outcome) events.onImage(item.assetId, outcome);
    else {
      failed++;
      events.onImageError(item.assetId, outcome);
    }
    done++;
    events.onProgress(progress());
  }
  const ms = performance.now() - started;
  return { analysed: done - failed, failed, ms: Math.round(ms), imagesPerSecond: ms > 0 ? Math.round((done / ms) * 1e5) / 100 : 0 };
}
