/// <reference lib="webworker" />
/**
 * The browser half of bench/vision.ts: a module worker (bundled by esbuild, served on loopback)
 * that loads the models with the vision worker's own modules (backend, URLs, warm-up, decoding)
 * on one TF.js backend and times them.
 */
import UPNG from 'upng-js';
import { decodeImage } from '../workers/vision/decode';
import { bundledModels } from '../workers/vision/models';
import { benchDrawings, measureModels, type VisionBenchRow } from './vision-timing';

declare const self: DedicatedWorkerGlobalScope;

async function bench(backend: 'wasm' | 'webgpu', software: boolean): Promise<VisionBenchRow[]> {
  const label = backend === 'webgpu' ? `Chromium WebGPU${software ? ' (SwiftShader, software)' : ''}` : 'Chromium WASM (1 thread, SIMD)';
  const started = performance.now();
  let fellBack: string | null = null;
  const models = await bundledModels({ backend, threads: 1, shaderF16: false, softwareGpu: software, reason: 'benchmark' }, (choice) => (fellBack = choice.reason));
  if (fellBack) throw new Error(fellBack);
  const loadMs = performance.now() - started;
  // SwiftShader takes a minute per CenterNet image: one timed run of each model alone.
  if (backend === 'webgpu' && software) return measureModels(label, models, loadMs, { min: 1, max: 1, budgetMs: 0, untimed: false });
  const blobs = benchDrawings().map((image) => new Blob([UPNG.encode([image.data.slice().buffer], image.width, image.height, 0)], { type: 'image/png' }));
  return measureModels(label, models, loadMs, { min: 3, max: 12, budgetMs: 20_000, whole: { blobs, decode: decodeImage } });
}

self.onmessage = ({ data }: MessageEvent<{ backend: 'wasm' | 'webgpu'; software: boolean }>) => {
  bench(data.backend, data.software).then(
    (rows) => self.postMessage({ rows }),
    (error: unknown) => self.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
};
