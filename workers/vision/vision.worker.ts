/// <reference lib="webworker" />
/**
 * The vision worker: safety, objects and themes for batches of images (bundled models on TF.js),
 * plus tags and captions when the hub tier is on. Speaks ./protocol.ts. Batches run one after
 * another; each can be cancelled by id, queued or running.
 */
import { chooseDevice, type DeviceChoice, type DevicePreference } from '@/lib/ml/device';
import { probeCapabilities } from '@/lib/ml/probe-capabilities';
import { db } from '@/lib/store/db';
import { ML_DEVICE_PREFERENCE_KEY } from '@/lib/store/settings';
import { analyseBatch } from '@/lib/vision/run-batch';
import { decodeImage } from './decode';
import { HUB_NOT_ASKED, hubPorts } from './hub';
import { bundledModels, MissingModelFilesError } from './models';
import type { VisionFailure, VisionRequest, VisionResponse } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: VisionResponse) => self.postMessage(message);

const PREFERENCES: readonly DevicePreference[] = ['auto', 'webgpu', 'wasm'];

async function storedPreference(): Promise<DevicePreference> {
  const value = (await db().settings.get(ML_DEVICE_PREFERENCE_KEY))?.value;
  return PREFERENCES.includes(value as DevicePreference) ? (value as DevicePreference) : 'auto';
}

/** Chosen once per worker (TF.js keeps its backend); the UI is told which and why. */
let device: Promise<DeviceChoice> | null = null;
function deviceChoice(preference: DevicePreference | undefined): Promise<DeviceChoice> {
  device ??= (preference ? Promise.resolve(preference) : storedPreference())
    .then((chosen) => probeCapabilities(chosen))
    .then((capabilities) => {
      const choice = chooseDevice(capabilities);
      // TF.js runs one WASM thread here (./backend.ts); the threads serve the hub models.
      const reason = choice.backend === 'wasm' && choice.threads > 1 ? `${choice.reason}; the bundled image models use one of them` : choice.reason;
      post({ status: 'device', device: { ...choice, reason } });
      return choice;
    });
  return device;
}

function reportFallback(choice: DeviceChoice) {
  device = Promise.resolve(choice);
  post({ status: 'device', device: choice });
}

function failure(error: unknown, signal: AbortSignal): VisionFailure {
  if (signal.aborted) return { code: 'cancelled', message: 'Image analysis cancelled.', hint: 'Images analysed before you cancelled keep their results.' };
  if (error instanceof MissingModelFilesError) return { code: 'models-missing', message: error.message, hint: 'Run "npm run setup" (or "npm run models:copy") on the server that serves the app.' };
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Image analysis stopped unexpectedly: ${detail}`, hint: 'Images analysed so far keep their results. Try again; if it keeps happening, report the message above.' };
}

const batches = new Map<number, AbortController>();
let queue: Promise<void> = Promise.resolve();

async function analyse({ batchId, items, options = {} }: Extract<VisionRequest, { type: 'analyse' }>, signal: AbortSignal) {
  try {
    signal.throwIfAborted();
    post({ status: 'progress', batchId, progress: { phase: 'loading', done: 0, total: items.length, failed: 0, etaMs: null } });
    const choice = await deviceChoice(options.preference);
    const bundled = await bundledModels(choice, reportFallback);
    const hub = options.hub === false ? { status: HUB_NOT_ASKED } : await hubPorts(await deviceChoice(undefined), (info) => post({ status: 'download', batchId, info }));
    post({ status: 'hub', batchId, hub: hub.status });
    const summary = await analyseBatch(
      items,
      { decode: decodeImage, bundled, hub: hub.ports },
      {
        onImage: (assetId, analysis) => post({ status: 'image', batchId, assetId, analysis }),
        onImageError: (assetId, error) => post({ status: 'image-error', batchId, assetId, error }),
        onProgress: (progress) => post({ status: 'progress', batchId, progress }),
        onHubFailure: (what, message) => {
          hub.status = { ...hub.status, [what]: false, message };
          if (!hub.status.tags && !hub.status.captions) hub.status.state = 'unavailable';
          post({ status: 'hub', batchId, hub: hub.status });
        },
      },
      signal,
    );
    post({ status: 'complete', batchId, summary, hub: hub.status });
  } catch (error) {
    post({ status: 'error', batchId, error: failure(error, signal) });
  }
}

self.onmessage = ({ data: request }: MessageEvent<VisionRequest>) => {
  switch (request.type) {
    case 'warm':
      void deviceChoice(request.preference)
        .then((choice) => bundledModels(choice, reportFallback))
        .catch(() => {}); // a failure here is reported by the batch that needs the models
      return;
    case 'analyse': {
      const controller = new AbortController();
      batches.set(request.batchId, controller);
      queue = queue.then(() => analyse(request, controller.signal)).finally(() => batches.delete(request.batchId));
      return;
    }
    case 'cancel':
      batches.get(request.batchId)?.abort();
  }
};
