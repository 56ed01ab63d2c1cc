/// <reference lib="webworker" />
/**
 * The generation worker: template texts, the hub text model and the deployer's server, all
 * grounded before they leave. Speaks ./protocol.ts; every request can be cancelled by id.
 */
import { wrappedFactsSchema } from '@/lib/gen/facts';
import { loadHubTextGenerator } from '@/lib/ml/hub/text-generation';
import { db } from '@/lib/store/db';
import { HUB_MODELS_ENABLED_KEY } from '@/lib/store/settings';
import { runGeneration, type GenDeps, type GenProgress } from '@/lib/gen/run';
import { CANCELLED_MESSAGE, type GenRequest, type GenResponse } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: GenResponse) => self.postMessage(message);
const running = new Map<number, AbortController>();

/** WebGPU when an adapter is there, else WASM: decided once per worker. */
let device: Promise<'webgpu' | 'wasm'> | null = null;
function hubDevice(): Promise<'webgpu' | 'wasm'> {
  device ??= (navigator.gpu?.requestAdapter() ?? Promise.resolve(null)).then((adapter) => (adapter ? 'webgpu' : 'wasm')).catch(() => 'wasm' as const);
  return device;
}

/** Progress of the one load in flight, forwarded to whichever request is waiting on it. */
let hubListener: ((progress: GenProgress) => void) | null = null;

const deps: GenDeps = {
  serverUrl: new URL('/api/generate', self.location.origin).href,
  async hubGenerator(onProgress) {
    hubListener = onProgress;
    const [setting, chosen] = await Promise.all([db().settings.get(HUB_MODELS_ENABLED_KEY), hubDevice()]);
    try {
      return await loadHubTextGenerator({ device: chosen, hubEnabled: setting?.value === true, onProgress: (info) => hubListener?.({ phase: 'model', info }) });
    } finally {
      hubListener = null;
    }
  },
};

async function generate(request: Extract<GenRequest, { type: 'generate' }>) {
  const controller = new AbortController();
  running.set(request.id, controller);
  try {
    const facts = wrappedFactsSchema.parse(request.facts);
    const result = await runGeneration({ facts, style: request.style, seed: request.seed, engine: request.engine }, deps, controller.signal, (progress) =>
      post({ status: 'progress', id: request.id, progress }),
    );
    post({ status: 'complete', id: request.id, ...result });
  } catch (error) {
    post({ status: 'error', id: request.id, message: controller.signal.aborted ? CANCELLED_MESSAGE : error instanceof Error ? error.message : String(error) });
  } finally {
    running.delete(request.id);
  }
}

self.onmessage = ({ data: request }: MessageEvent<GenRequest>) => {
  if (request.type === 'cancel') running.get(request.id)?.abort();
  else void generate(request);
};
