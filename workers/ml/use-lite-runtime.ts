/**
 * The teacher encoder in the ML worker: TF.js on the backend the device choice names, the
 * self-hosted USE-lite files, one warm-up run (compiles WebGPU shaders / WASM kernels) before
 * the worker reports ready. A lazy singleton cached as a promise per backend.
 */
import * as tf from '@tensorflow/tfjs-core';
import { loadGraphModel } from '@tensorflow/tfjs-converter';
import type { UseTokenizer } from '@/lib/ml/use/tokenizer';
import { useLitePort } from '@/lib/ml/use/use-port';
import type { TextEncoderPort } from '@/lib/ml/encoder-port';

export type TfBackend = 'webgpu' | 'wasm';

/**
 * The browser loads the 8-bit copy built at set-up: 7.2 MB instead of 28.2 MB to download, the
 * same speed (TF.js dequantises at load), vectors within cosine 0.997 of float32 (README).
 */
export const USE_LITE_BASE = '/models/use-lite-q8/';
const TFJS_WASM_BASE = '/tfjs/';

/** Registers a backend's module once; WASM needs its binaries' self-hosted path first. */
async function registerBackend(backend: TfBackend): Promise<void> {
  if (backend === 'webgpu') {
    await import('@tensorflow/tfjs-backend-webgpu');
  } else {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    // One thread per TF.js instance: its threaded build spawns pthread workers from its own
    // source text, which the production bundler minifies apart ("r is not defined"). We get the
    // cores another way: a pool of single-threaded encoder workers (./teacher-pool.ts).
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    wasm.setWasmPaths(TFJS_WASM_BASE);
  }
}

const registered = new Map<TfBackend, Promise<void>>();

/** Makes `backend` TF.js's active one (registering it once), e.g. WASM after WebGPU failed. */
async function activateBackend(backend: TfBackend): Promise<void> {
  let registration = registered.get(backend);
  if (!registration) {
    registration = registerBackend(backend);
    registration.catch(() => registered.delete(backend));
    registered.set(backend, registration);
  }
  await registration;
  if (!(await tf.setBackend(backend))) throw new Error(`TF.js could not start its ${backend} backend.`);
  await tf.ready();
}

/**
 * Runs `work` with another TF.js backend active, then switches back. Model weights move to the
 * other backend on first use, so callers warm up before timing.
 */
export async function withBackend<T>(backend: TfBackend, work: () => Promise<T>): Promise<T> {
  const previous = tf.getBackend() as TfBackend;
  await activateBackend(backend);
  try {
    return await work();
  } finally {
    await tf.setBackend(previous);
  }
}

const encoders = new Map<string, Promise<TextEncoderPort>>();

export function useLiteEncoder(backend: TfBackend, device: string, tokenizer: Promise<UseTokenizer>): Promise<TextEncoderPort> {
  const key = backend;
  let encoder = encoders.get(key);
  if (!encoder) {
    encoder = (async () => {
      await activateBackend(backend);
      const [model, words] = await Promise.all([loadGraphModel(`${USE_LITE_BASE}model.json`), tokenizer]);
      const port = useLitePort(model, words, { id: 'use-lite-q8', device, dtype: 'uint8 weights' });
      await port.embed(['warm up']);
      return port;
    })();
    encoder.catch(() => encoders.delete(key));
    encoders.set(key, encoder);
  }
  return encoder;
}
