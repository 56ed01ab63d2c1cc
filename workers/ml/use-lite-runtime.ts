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
import { activateBackend, type TfBackend } from '../shared/tfjs-backend';

export type { TfBackend };


/**
 * The browser loads the 8-bit copy built at set-up: 7.2 MB instead of 28.2 MB to download, the
 * same speed (TF.js dequantises at load), vectors within cosine 0.997 of float32 (README).
 */
export const USE_LITE_BASE = '/models/use-lite-q8/';

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
