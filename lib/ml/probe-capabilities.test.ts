import { describe, expect, it } from 'vitest';
import { probeAdapter, probeCapabilities } from './probe-capabilities';

describe('probeCapabilities', () => {
  it('reads a fallback adapter from adapter.info', async () => {
    const gpu = {
      requestAdapter: async () => ({
        features: new Set(['timestamp-query']),
        info: { vendor: 'google', architecture: 'swiftshader', description: '', isFallbackAdapter: true },
      }),
    };
    const caps = await probeCapabilities('auto', { navigator: { gpu, hardwareConcurrency: 2 }, crossOriginIsolated: true });
    expect(caps).toEqual({
      webgpuAdapter: { isFallback: true, features: ['timestamp-query'], description: 'google swiftshader' },
      crossOriginIsolated: true,
      hardwareConcurrency: 2,
      userPreference: 'auto',
    });
  });

  it('falls back to the older adapter.isFallbackAdapter', async () => {
    const adapter = await probeAdapter({ requestAdapter: async () => ({ features: [], isFallbackAdapter: true }) });
    expect(adapter).toEqual({ isFallback: true, features: [] });
  });

  it('treats no WebGPU, a null adapter, a throw or a hang as no adapter', async () => {
    expect(await probeAdapter(undefined)).toBeNull();
    expect(await probeAdapter({ requestAdapter: async () => null })).toBeNull();
    expect(await probeAdapter({ requestAdapter: async () => { throw new Error('driver'); } })).toBeNull();
    expect(await probeAdapter({ requestAdapter: () => new Promise(() => {}) }, 10)).toBeNull();
    const caps = await probeCapabilities('wasm', {});
    expect(caps).toEqual({ webgpuAdapter: null, crossOriginIsolated: false, hardwareConcurrency: 1, userPreference: 'wasm' });
  });
});
