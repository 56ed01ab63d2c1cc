/**
 * How transformers.js may fetch models, from the user's switch and the deployer's mirror. Pure.
 *
 * Offline by default: no remote loading, models looked up under `/models/` (so a deployer can
 * also drop a hub model's files into public/models/<owner>/<name>/), ONNX Runtime's WASM from
 * `/ort/`, never a CDN. Remote loading turns on when the user enables hub models in Settings
 * (from huggingface.co) or the deployer sets NEXT_PUBLIC_MODEL_BASE_URL (from that mirror, which
 * must serve the hub layout `<base>/<owner>/<name>/resolve/main/<file>`).
 */
import { ORT_WASM, ORT_WASM_BINARY, ORT_WASM_FACTORY } from '@/lib/models/runtime-files';

export const HUGGING_FACE_HOST = 'https://huggingface.co/';
export const LOCAL_MODEL_PATH = '/models/';
export const ORT_WASM_BASE = `/${ORT_WASM.publicDir}/`;

export interface HubOptions {
  /** The user's "Download better models" switch. */
  hubEnabled: boolean;
  /** A mirror of the hub; defaults to NEXT_PUBLIC_MODEL_BASE_URL. */
  baseUrl?: string | null;
  /** Where local model folders live (a URL path in the browser, a directory in Node). */
  localModelPath?: string;
  /** WASM threads for ONNX Runtime (from chooseDevice). */
  threads?: number;
}

export interface HubEnvSettings {
  allowRemoteModels: boolean;
  remoteHost: string;
  /** True when remote loading comes from the deployer's mirror. */
  mirrored: boolean;
  allowLocalModels: true;
  localModelPath: string;
  wasmPaths: { mjs: string; wasm: string };
  numThreads: number | null;
}

/** The deployer's mirror, inlined by Next at build time. */
export function modelBaseUrlFromEnv(): string | undefined {
  try {
    return process.env.NEXT_PUBLIC_MODEL_BASE_URL?.trim() || undefined;
  } catch {
    return undefined;
  }
}

function normaliseBase(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`NEXT_PUBLIC_MODEL_BASE_URL must be an absolute http(s) URL, got "${url}".`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`NEXT_PUBLIC_MODEL_BASE_URL must be an http(s) URL, got "${url}".`);
  }
  return parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
}

export function resolveHubSettings(options: HubOptions): HubEnvSettings {
  const base = options.baseUrl === undefined ? modelBaseUrlFromEnv() : options.baseUrl?.trim() || undefined;
  const mirrored = base !== undefined;
  return {
    allowRemoteModels: options.hubEnabled || mirrored,
    remoteHost: mirrored ? normaliseBase(base) : HUGGING_FACE_HOST,
    mirrored,
    allowLocalModels: true,
    localModelPath: options.localModelPath ?? LOCAL_MODEL_PATH,
    wasmPaths: { mjs: `${ORT_WASM_BASE}${ORT_WASM_FACTORY}`, wasm: `${ORT_WASM_BASE}${ORT_WASM_BINARY}` },
    numThreads: options.threads && options.threads >= 1 ? Math.floor(options.threads) : null,
  };
}

/** The part of transformers.js's `env` we set (kept structural so this file stays import-free). */
export interface TransformersEnvLike {
  allowRemoteModels: boolean;
  remoteHost: string;
  allowLocalModels: boolean;
  localModelPath: string;
  backends: { onnx: { wasm?: { wasmPaths?: unknown; numThreads?: number } } };
}

export function applyHubSettings(env: TransformersEnvLike, settings: HubEnvSettings, { browser }: { browser: boolean }): void {
  env.allowRemoteModels = settings.allowRemoteModels;
  env.remoteHost = settings.remoteHost;
  env.allowLocalModels = settings.allowLocalModels;
  env.localModelPath = settings.localModelPath;
  // In Node transformers.js runs onnxruntime-node; the WASM paths only matter in the browser.
  const wasm = env.backends.onnx.wasm;
  if (browser && wasm) {
    wasm.wasmPaths = { ...settings.wasmPaths };
    if (settings.numThreads !== null) wasm.numThreads = settings.numThreads;
  }
}
