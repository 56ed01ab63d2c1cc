/** The typed message protocol between the UI (useVision) and the vision worker. */
import type { ProgressInfo } from '@huggingface/transformers';
import type { DeviceChoice, DevicePreference } from '@/lib/ml/device';
import type { VisionImageError } from '@/lib/vision/image-errors';
import type { VisionBatchSummary, VisionItem, VisionProgress } from '@/lib/vision/run-batch';
import type { ImageAnalysis } from '@/lib/vision/types';

export type { VisionItem, VisionProgress, VisionBatchSummary, VisionImageError };

/** What the hub tier adds to this batch, and if nothing, why. */
export interface HubVisionStatus {
  /** 'off': hub models are not enabled (nor mirrored); 'ready': tags and/or captions run; 'unavailable': enabled, but they did not load. */
  state: 'off' | 'ready' | 'unavailable';
  tags: boolean;
  captions: boolean;
  /** Why one or both are missing, in words the UI shows as they stand; null when both run. */
  message: string | null;
}

export interface VisionBatchOptions {
  /** false: the bundled models only, even when hub models are enabled (default true). */
  hub?: boolean;
  /** Without one, the device preference saved on the models page. */
  preference?: DevicePreference;
}

/** A whole batch failed (a bad image never does: it gets an `image-error`). */
export interface VisionFailure {
  code: 'cancelled' | 'models-missing' | 'internal';
  message: string;
  hint: string;
}

export type VisionRequest =
  /** Load the bundled models ahead of time. */
  | { type: 'warm'; preference?: DevicePreference }
  /** Blobs are cloned by reference, not copied. Batches run one after another. */
  | { type: 'analyse'; batchId: number; items: VisionItem[]; options?: VisionBatchOptions }
  | { type: 'cancel'; batchId: number };

export type VisionResponse =
  | { status: 'device'; device: DeviceChoice }
  | { status: 'progress'; batchId: number; progress: VisionProgress }
  /** transformers.js download events for the hub models, forwarded unchanged (one bar per file). */
  | { status: 'download'; batchId: number; info: ProgressInfo }
  | { status: 'hub'; batchId: number; hub: HubVisionStatus }
  | { status: 'image'; batchId: number; assetId: string; analysis: ImageAnalysis }
  | { status: 'image-error'; batchId: number; assetId: string; error: VisionImageError }
  | { status: 'complete'; batchId: number; summary: VisionBatchSummary; hub: HubVisionStatus }
  | { status: 'error'; batchId: number; error: VisionFailure };
