'use client';
/**
 * Owns the vision worker; `useVision` is the UI's only door to it. The worker starts on the first
 * request. `analyse` sends a batch of images (blobs travel by reference) and resolves with every
 * result once the batch is done; each result also arrives through `onImage` as soon as it is
 * known, so a caller can store it and a cancelled batch keeps what it finished.
 */
import type { ProgressInfo } from '@huggingface/transformers';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLazyWorker } from '@/components/hooks/useLazyWorker';
import type { DeviceChoice, DevicePreference } from '@/lib/ml/device';
import type { ImageAnalysis } from '@/lib/vision/types';
import type {
  HubVisionStatus,
  VisionBatchOptions,
  VisionBatchSummary,
  VisionFailure,
  VisionImageError,
  VisionItem,
  VisionProgress,
  VisionRequest,
  VisionResponse,
} from '@/workers/vision/protocol';

export interface VisionAnalyseOptions extends VisionBatchOptions {
  signal?: AbortSignal;
  onProgress?: (progress: VisionProgress) => void;
  /** Hub model files downloading (first use only), transformers.js's events unchanged. */
  onDownload?: (info: ProgressInfo) => void;
  /** Each image's analysis as soon as it is ready: store it here. */
  onImage?: (assetId: string, analysis: ImageAnalysis) => void;
  onImageError?: (assetId: string, error: VisionImageError) => void;
}

export interface VisionResult {
  analyses: Record<string, ImageAnalysis>;
  errors: Record<string, VisionImageError>;
  summary: VisionBatchSummary;
  hub: HubVisionStatus;
}

/** A whole batch failed or was cancelled (`code: 'cancelled'`); its finished images were already reported. */
export class VisionBatchError extends Error {
  constructor(readonly failure: VisionFailure) {
    super(failure.message);
    this.name = 'VisionBatchError';
  }
}

export interface Vision {
  analyse(items: readonly VisionItem[], options?: VisionAnalyseOptions): Promise<VisionResult>;
  /** Loads the bundled models ahead of time (e.g. when a gallery opens). */
  warm(preference?: DevicePreference): void;
  /** Where the models run and why; null until the worker has chosen. */
  device: DeviceChoice | null;
  /** What the hub tier did in the latest batch (off, ready, unavailable and why); null before one. */
  hub: HubVisionStatus | null;
}

interface Batch {
  options: VisionAnalyseOptions;
  analyses: VisionResult['analyses'];
  errors: VisionResult['errors'];
  resolve: (result: VisionResult) => void;
  reject: (error: Error) => void;
}

const VisionContext = createContext<Vision | null>(null);

export function VisionProvider({ children }: { children: ReactNode }) {
  const batches = useRef(new Map<number, Batch>());
  const nextId = useRef(1);
  const preferenceRef = useRef<DevicePreference | null>(null);
  const [device, setDevice] = useState<DeviceChoice | null>(null);
  const [hub, setHub] = useState<HubVisionStatus | null>(null);

  const worker = useLazyWorker<VisionResponse>(
    () => new Worker(new URL('../../workers/vision/vision.worker.ts', import.meta.url), { type: 'module', name: 'vision' }),
    (data) => {
      if (data.status === 'device') return setDevice(data.device);
      const batch = batches.current.get(data.batchId);
      if (!batch) return;
      switch (data.status) {
        case 'progress':
          return batch.options.onProgress?.(data.progress);
        case 'download':
          return batch.options.onDownload?.(data.info);
        case 'hub':
          return setHub(data.hub);
        case 'image':
          batch.analyses[data.assetId] = data.analysis;
          return batch.options.onImage?.(data.assetId, data.analysis);
        case 'image-error':
          batch.errors[data.assetId] = data.error;
          return batch.options.onImageError?.(data.assetId, data.error);
        case 'complete':
          batches.current.delete(data.batchId);
          setHub(data.hub);
          return batch.resolve({ analyses: batch.analyses, errors: batch.errors, summary: data.summary, hub: data.hub });
        case 'error':
          batches.current.delete(data.batchId);
          return batch.reject(new VisionBatchError(data.error));
      }
    },
    (reason) => {
      const error = new VisionBatchError({ code: 'internal', message: `The image worker crashed: ${reason}.`, hint: 'Reload the page to try again. Images analysed so far keep their results.' });
      for (const batch of batches.current.values()) batch.reject(error);
      batches.current.clear();
    },
  );

  const analyse = useCallback<Vision['analyse']>(
    (items, options = {}) =>
      new Promise<VisionResult>((resolve, reject) => {
        const { signal, hub: withHub, preference } = options;
        if (signal?.aborted) return reject(new VisionBatchError({ code: 'cancelled', message: 'Image analysis cancelled.', hint: 'Nothing was analysed.' }));
        // TF.js keeps the backend it started with: another device needs a fresh worker.
        if (preference && preference !== preferenceRef.current && worker.peek()) {
          worker.terminate();
          const restarted = new VisionBatchError({ code: 'cancelled', message: 'Image analysis restarted on another device.', hint: 'Images analysed so far keep their results.' });
          for (const batch of batches.current.values()) batch.reject(restarted);
          batches.current.clear();
        }
        if (preference) preferenceRef.current = preference;
        const batchId = nextId.current++;
        batches.current.set(batchId, { options, analyses: {}, errors: {}, resolve, reject });
        const request: VisionRequest = { type: 'analyse', batchId, items: [...items], options: { ...(withHub === undefined ? {} : { hub: withHub }), ...(preference ? { preference } : {}) } };
        worker.get().postMessage(request);
        signal?.addEventListener('abort', () => worker.peek()?.postMessage({ type: 'cancel', batchId } satisfies VisionRequest), { once: true });
      }),
    [worker],
  );

  const warm = useCallback<Vision['warm']>((preference) => worker.get().postMessage({ type: 'warm', ...(preference ? { preference } : {}) } satisfies VisionRequest), [worker]);

  const vision = useMemo<Vision>(() => ({ analyse, warm, device, hub }), [analyse, warm, device, hub]);
  return <VisionContext.Provider value={vision}>{children}</VisionContext.Provider>;
}

export function useVision(): Vision {
  const vision = useContext(VisionContext);
  if (!vision) throw new Error('useVision must be used inside <VisionProvider>.');
  return vision;
}
