/**
 * Reads what chooseDevice needs from the worker's (or page's) globals: a WebGPU adapter and
 * whether it is a software fallback, cross-origin isolation and core count. Never throws; a
 * missing or failing WebGPU reads as "no adapter". Pass `scope` to test it with fakes.
 */
import type { Capabilities, DevicePreference, GpuAdapterSummary } from './device';

interface AdapterInfoLike {
  vendor?: string;
  architecture?: string;
  description?: string;
  isFallbackAdapter?: boolean;
}

interface AdapterLike {
  features?: Iterable<string>;
  info?: AdapterInfoLike;
  /** Older Chrome (before `info.isFallbackAdapter`). */
  isFallbackAdapter?: boolean;
  requestAdapterInfo?: () => Promise<AdapterInfoLike>;
}

interface GpuLike {
  requestAdapter(options?: { powerPreference?: 'high-performance' | 'low-power' }): Promise<AdapterLike | null>;
}

export interface ProbeScope {
  navigator?: { gpu?: GpuLike; hardwareConcurrency?: number };
  crossOriginIsolated?: boolean;
}

/** How long to wait for `requestAdapter` (some drivers hang) before treating WebGPU as absent. */
export const ADAPTER_TIMEOUT_MS = 3000;

export async function probeAdapter(gpu: GpuLike | undefined, timeoutMs = ADAPTER_TIMEOUT_MS): Promise<GpuAdapterSummary | null> {
  if (!gpu || typeof gpu.requestAdapter !== 'function') return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), timeoutMs);
    });
    const adapter = await Promise.race([gpu.requestAdapter({ powerPreference: 'high-performance' }), timeout]);
    if (!adapter) return null;
    let info = adapter.info;
    if (!info && typeof adapter.requestAdapterInfo === 'function') info = await adapter.requestAdapterInfo().catch(() => undefined);
    const description = [info?.description, info?.vendor, info?.architecture].filter((part) => part && part.trim()).join(' ');
    return {
      isFallback: info?.isFallbackAdapter ?? adapter.isFallbackAdapter ?? false,
      features: adapter.features ? [...adapter.features] : [],
      ...(description ? { description } : {}),
    };
  } catch {
    return null;
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

export async function probeCapabilities(userPreference: DevicePreference = 'auto', scope: ProbeScope = globalThis as unknown as ProbeScope): Promise<Capabilities> {
  const nav = scope.navigator;
  return {
    webgpuAdapter: await probeAdapter(nav?.gpu),
    crossOriginIsolated: scope.crossOriginIsolated === true,
    hardwareConcurrency: nav?.hardwareConcurrency ?? 1,
    userPreference,
  };
}
