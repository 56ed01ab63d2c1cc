/**
 * The WebAssembly binaries the runtimes fetch at run time, self-hosted so nothing comes from a
 * CDN: pinned like the bundled weights and copied by scripts/copy-models.ts.
 *
 * - TF.js WASM (`/tfjs/`): `setWasmPaths('/tfjs/')` picks one of the three by feature detection
 *   (threads + SIMD, SIMD, plain).
 * - ONNX Runtime Web (`/ort/`): transformers.js 4.3 imports `onnxruntime-web/webgpu`, whose
 *   bundle loads only the *asyncify* build, for the `wasm` and the `webgpu` execution providers
 *   alike (WebGPU is compiled into that build; the JSEP build belongs to the plain `onnxruntime-web`
 *   entry, and the plain/JSPI builds to other entries). So two files: the module factory and its
 *   wasm. Their version must be the exact one transformers.js pins.
 */
import type { ModelFile } from './types';

export interface RuntimeFiles {
  id: string;
  name: string;
  /** Served from `public/<publicDir>/`, i.e. `/<publicDir>/` in the app. */
  publicDir: string;
  source: { kind: 'npm'; package: string; version: string; dir: string };
  licence: string;
  files: readonly ModelFile[];
}

export const TFJS_WASM: RuntimeFiles = {
  id: 'tfjs-wasm',
  name: 'TensorFlow.js WASM backend',
  publicDir: 'tfjs',
  source: { kind: 'npm', package: '@tensorflow/tfjs-backend-wasm', version: '4.22.0', dir: 'dist' },
  licence: 'Apache-2.0',
  files: [
    { path: 'tfjs-backend-wasm.wasm', sha256: '70a5d516060464e5269f01c74bac1772d6b8ab6cb612acf16b5cdaf61f78d892', bytes: 311_123 },
    { path: 'tfjs-backend-wasm-simd.wasm', sha256: '77ebb28a6d34f371dbbf2086b7f2de8994acd8ea5a3cf1fa24d2c26c840cac7b', bytes: 424_594 },
    { path: 'tfjs-backend-wasm-threaded-simd.wasm', sha256: 'c052228d4bef185c27bbe59a9e029570c78bbb9f08b3cb46b597851650373de2', bytes: 435_643 },
  ],
};

export const ORT_WASM_FACTORY = 'ort-wasm-simd-threaded.asyncify.mjs';
export const ORT_WASM_BINARY = 'ort-wasm-simd-threaded.asyncify.wasm';

export const ORT_WASM: RuntimeFiles = {
  id: 'ort-wasm',
  name: 'ONNX Runtime Web (asyncify build: WASM and WebGPU)',
  publicDir: 'ort',
  source: { kind: 'npm', package: 'onnxruntime-web', version: '1.31.0-dev.20260914-8d85527a0', dir: 'dist' },
  licence: 'MIT',
  files: [
    { path: ORT_WASM_FACTORY, sha256: '0966b6105cd936744498aa60df7a22cbd47af3374dbc64a9ab561c08a71e3611', bytes: 53_057 },
    { path: ORT_WASM_BINARY, sha256: '49871f5a4409519797e127440868a6d1923339d9185907f301a5b2a1d90af082', bytes: 26_861_777 },
  ],
};

export const RUNTIME_FILES: readonly RuntimeFiles[] = [TFJS_WASM, ORT_WASM];
