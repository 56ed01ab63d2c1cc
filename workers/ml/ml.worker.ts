/// <reference lib="webworker" />
/**
 * The ML worker: embeddings, heads, topics, language features, search. Speaks the protocol in
 * ./protocol.ts. One analysis at a time (cancellable); queries are answered between batches.
 */
import { cancelledError, serializeError } from '@/lib/ingest/import-error';
import { chooseDevice, type DeviceChoice, type DevicePreference } from '@/lib/ml/device';
import { probeCapabilities } from '@/lib/ml/probe-capabilities';
import { db } from '@/lib/store/db';
import { ML_DEVICE_PREFERENCE_KEY } from '@/lib/store/settings';
import { runBench } from './bench';
import type { MlRequest, MlResponse } from './protocol';
import { analyseImport, loadEncoders, type LoadedImport } from './run-ml';
import { loadImportVectors, searchImport, similarConversations } from './queries';
import { adaptPreview, adaptSentiment } from './adapt';
import { suggestLabels, trainCategories } from './train';
import { benchTraining } from './train-bench';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: MlResponse) => self.postMessage(message);

let current: AbortController | null = null;
let loaded: Promise<LoadedImport> | null = null;
let device: Promise<DeviceChoice> | null = null;
let devicePreference: DevicePreference = 'auto';

const PREFERENCES: readonly DevicePreference[] = ['auto', 'webgpu', 'wasm'];

/** The preference saved on the models page, when a request names none. */
async function storedPreference(): Promise<DevicePreference> {
  const value = (await db().settings.get(ML_DEVICE_PREFERENCE_KEY))?.value;
  return PREFERENCES.includes(value as DevicePreference) ? (value as DevicePreference) : 'auto';
}

/** The device is chosen once per worker (TF.js keeps its first backend); the UI is told which and why. */
function deviceChoice(preference: DevicePreference): Promise<DeviceChoice> {
  if (!device || preference !== devicePreference) {
    devicePreference = preference;
    device = probeCapabilities(preference).then((capabilities) => {
      const choice = chooseDevice(capabilities);
      post({ status: 'device', device: choice });
      return choice;
    });
  }
  return device;
}

/** WebGPU failed to start: from now on this worker runs WASM, and the UI says why. */
function reportFallback(choice: DeviceChoice) {
  device = Promise.resolve(choice);
  post({ status: 'device', device: choice });
}

/** Vectors of an import for queries: the last analysis' if it is that import, else re-read (cache hits). */
function importVectors(importId: string, timeZone: string): Promise<LoadedImport> {
  if (!loaded) {
    loaded = deviceChoice(devicePreference).then((choice) => loadImportVectors(db(), importId, timeZone, choice));
  }
  return loaded.then((ready) => {
    if (ready.importId === importId) return ready;
    loaded = null;
    return importVectors(importId, timeZone);
  });
}

self.onmessage = async ({ data: request }: MessageEvent<MlRequest>) => {
  switch (request.type) {
    case 'cancel':
      current?.abort();
      return;
    case 'warm':
      return void storedPreference()
        .then((preference) => deviceChoice(request.preference ?? preference))
        .then((choice) => loadEncoders(choice, () => {}, reportFallback))
        .catch(() => {}); // a failure here is reported by the analysis that needs the encoders
    case 'analyse':
      return analyse(request);
    case 'search':
    case 'similar':
    case 'bench':
    case 'suggest':
    case 'train':
    case 'adapt-preview':
    case 'adapt':
    case 'train-bench':
      return answer(request);
  }
};

async function analyse(request: Extract<MlRequest, { type: 'analyse' }>) {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const { importId } = request;
  try {
    const choice = await deviceChoice(request.preference ?? (await storedPreference()));
    const { analysis, loaded: ready } = await analyseImport(importId, {
      db: db(),
      timeZone: request.timeZone,
      device: choice,
      signal: controller.signal,
      onProgress: (progress) => post({ status: 'progress', importId, progress }),
      onFallback: reportFallback,
    });
    loaded = Promise.resolve(ready);
    post({ status: 'complete', importId, analysis });
  } catch (error) {
    post({ status: 'error', importId, error: serializeError(controller.signal.aborted ? cancelledError() : error) });
  } finally {
    if (current === controller) current = null;
  }
}

const QUERY_TIME_ZONE = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

async function answer(request: Extract<MlRequest, { requestId: number }>) {
  try {
    switch (request.type) {
      case 'search': {
        const ready = await importVectors(request.importId, QUERY_TIME_ZONE());
        post({ status: 'search', requestId: request.requestId, hits: await searchImport(ready, request.query, request.limit) });
        return;
      }
      case 'similar': {
        const ready = await importVectors(request.importId, QUERY_TIME_ZONE());
        post({ status: 'similar', requestId: request.requestId, conversations: similarConversations(ready, request.conversationId, request.limit) });
        return;
      }
      case 'bench': {
        const choice = await deviceChoice(devicePreference);
        post({ status: 'bench', requestId: request.requestId, rows: await runBench(db(), request.importId, choice) });
        return;
      }
      case 'suggest': {
        const ready = await importVectors(request.importId, QUERY_TIME_ZONE());
        post({ status: 'suggest', requestId: request.requestId, suggestions: await suggestLabels(db(), ready, request) });
        return;
      }
      case 'train': {
        const ready = await importVectors(request.importId, QUERY_TIME_ZONE());
        post({ status: 'train', requestId: request.requestId, report: await trainCategories(db(), ready, request) });
        return;
      }
      case 'adapt-preview': {
        const ready = await importVectors(request.importId, QUERY_TIME_ZONE());
        post({ status: 'adapt-preview', requestId: request.requestId, items: await adaptPreview(db(), ready, request.limit) });
        return;
      }
      case 'adapt': {
        const ready = await importVectors(request.importId, QUERY_TIME_ZONE());
        post({ status: 'adapt', requestId: request.requestId, adapted: await adaptSentiment(db(), ready) });
        return;
      }
      case 'train-bench':
        post({ status: 'train-bench', requestId: request.requestId, rows: await benchTraining(request.sizes) });
    }
  } catch (error) {
    post({ status: 'failed', requestId: request.requestId, error: serializeError(error) });
  }
}
