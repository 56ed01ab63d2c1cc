/**
 * TF.js's backend in a worker (ML encoders, vision): WebGPU or WASM (self-hosted binaries under
 * /tfjs/), each registered once per worker. WASM runs one thread per TF.js instance: its threaded
 * build spawns pthread workers from its own source text, which the production bundler minifies
 * apart ("r is not defined"); the ML worker gets the cores with a pool of encoder workers instead.
 */
import * as tf from '@tensorflow/tfjs-core';

export type TfBackend = 'webgpu' | 'wasm';

const TFJS_WASM_BASE = '/tfjs/';
const registered = new Map<TfBackend, Promise<void>>();

async function register(backend: TfBackend): Promise<void> {
  if (backend === 'webgpu') {
    await import('@tensorflow/tfjs-backend-webgpu');
  } else {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    wasm.setWasmPaths(TFJS_WASM_BASE);
  }
}

/** Makes `backend` TF.js's active one (registering it once), e.g. WASM after WebGPU failed. */
export async function activateBackend(backend: TfBackend): Promise<void> {
  let registration = registered.get(backend);
  if (!registration) {
    registration = register(backend);
    registration.catch(() => registered.delete(backend));
    registered.set(backend, registration);
  }
  await registration;
  if (!(await tf.setBackend(backend))) throw new Error(`TF.js could not start its ${backend} backend.`);
  await tf.ready();
}
