/**
 * Where the encoders run: WebGPU or WASM, and how many WASM threads. Pure; the worker probes the
 * capabilities (lib/ml/probe-capabilities.ts) and the UI shows `reason` as it stands.
 *
 * A software WebGPU adapter (SwiftShader, WARP, lavapipe…) is never picked on its own: it gives
 * correct results but runs 100–250× slower than WASM. The user can still force it in Settings.
 * WASM threads need SharedArrayBuffer, so cross-origin isolation; more than 4 buys little for
 * these small models and takes cores from the page.
 */
import { countOf } from '../view/language';

export type DevicePreference = 'auto' | 'webgpu' | 'wasm';
export type Backend = 'webgpu' | 'wasm';

export interface GpuAdapterSummary {
  /** True for a software adapter (`adapter.info.isFallbackAdapter`). */
  isFallback: boolean;
  /** Feature names, e.g. 'shader-f16'. */
  features: readonly string[];
  /** Vendor / architecture / description as the browser tells them (may be empty). */
  description?: string;
}

export interface Capabilities {
  webgpuAdapter: GpuAdapterSummary | null;
  crossOriginIsolated: boolean;
  hardwareConcurrency: number;
  userPreference: DevicePreference;
}

export interface DeviceChoice {
  backend: Backend;
  /** WASM threads (also used for the CPU-side work of a WebGPU session). */
  threads: number;
  /** WebGPU only: the adapter can run fp16 shaders (fp16 / q4f16 weights). */
  shaderF16: boolean;
  /** True when the choice runs on a software WebGPU adapter (forced by the user). */
  softwareGpu: boolean;
  /** Plain words for the UI. */
  reason: string;
}

export const MAX_WASM_THREADS = 4;

export function wasmThreads(crossOriginIsolated: boolean, hardwareConcurrency: number): number {
  if (!crossOriginIsolated) return 1;
  const cores = Number.isFinite(hardwareConcurrency) && hardwareConcurrency >= 1 ? Math.floor(hardwareConcurrency) : 1;
  return Math.min(cores, MAX_WASM_THREADS);
}

function adapterName(adapter: GpuAdapterSummary): string {
  const text = adapter.description?.trim() ?? '';
  if (/swiftshader/i.test(text)) return ' (SwiftShader)';
  return text ? ` (${text})` : '';
}

function wasmWords(threads: number, crossOriginIsolated: boolean): string {
  const count = countOf(threads, 'thread');
  return crossOriginIsolated ? `WASM with ${count}` : `WASM with ${count} (the page is not cross-origin isolated, so no WASM threads)`;
}

export function chooseDevice(caps: Capabilities): DeviceChoice {
  const threads = wasmThreads(caps.crossOriginIsolated, caps.hardwareConcurrency);
  const adapter = caps.webgpuAdapter;
  const wasm = (reason: string): DeviceChoice => ({ backend: 'wasm', threads, shaderF16: false, softwareGpu: false, reason });
  const webgpu = (reason: string, gpu: GpuAdapterSummary): DeviceChoice => ({
    backend: 'webgpu',
    threads,
    shaderF16: gpu.features.includes('shader-f16'),
    softwareGpu: gpu.isFallback,
    reason,
  });
  const onWasm = wasmWords(threads, caps.crossOriginIsolated);

  if (caps.userPreference === 'wasm') return wasm(`${onWasm}, as chosen in Settings`);
  if (caps.userPreference === 'webgpu') {
    if (!adapter) return wasm(`WebGPU was chosen in Settings but this browser offers no WebGPU adapter; ${onWasm} instead`);
    if (adapter.isFallback) {
      return webgpu(`WebGPU, as chosen in Settings, on a software fallback adapter${adapterName(adapter)}: expect it to be far slower than WASM`, adapter);
    }
    return webgpu(`WebGPU${adapterName(adapter)}, as chosen in Settings`, adapter);
  }
  if (!adapter) return wasm(`No WebGPU adapter in this browser; ${onWasm}`);
  if (adapter.isFallback) {
    return wasm(`WebGPU adapter is a software fallback${adapterName(adapter)}; ${onWasm} is faster`);
  }
  return webgpu(`WebGPU on a hardware adapter${adapterName(adapter)}`, adapter);
}
