import { describe, expect, it } from 'vitest';
import { chooseDevice, wasmThreads, type Capabilities, type GpuAdapterSummary } from './device';

const hardware: GpuAdapterSummary = { isFallback: false, features: ['shader-f16'], description: 'apple metal-3' };
const swiftshader: GpuAdapterSummary = { isFallback: true, features: [], description: 'google swiftshader' };
const caps = (over: Partial<Capabilities>): Capabilities => ({
  webgpuAdapter: null,
  crossOriginIsolated: true,
  hardwareConcurrency: 8,
  userPreference: 'auto',
  ...over,
});

describe('chooseDevice', () => {
  it.each([
    ['auto, hardware GPU', caps({ webgpuAdapter: hardware }), 'webgpu', 4, /WebGPU on a hardware adapter \(apple metal-3\)/],
    ['auto, software fallback', caps({ webgpuAdapter: swiftshader, hardwareConcurrency: 2 }), 'wasm', 2, /^WebGPU adapter is a software fallback \(SwiftShader\); WASM with 2 threads is faster$/],
    ['auto, no adapter', caps({}), 'wasm', 4, /^No WebGPU adapter in this browser; WASM with 4 threads$/],
    ['auto, not isolated', caps({ crossOriginIsolated: false }), 'wasm', 1, /WASM with 1 thread \(the page is not cross-origin isolated/],
    ['forced WebGPU on a fallback', caps({ webgpuAdapter: swiftshader, userPreference: 'webgpu' }), 'webgpu', 4, /as chosen in Settings, on a software fallback adapter \(SwiftShader\): expect it to be far slower/],
    ['forced WebGPU, no adapter', caps({ userPreference: 'webgpu' }), 'wasm', 4, /WebGPU was chosen in Settings but this browser offers no WebGPU adapter/],
    ['forced WASM over a hardware GPU', caps({ webgpuAdapter: hardware, userPreference: 'wasm' }), 'wasm', 4, /WASM with 4 threads, as chosen in Settings/],
  ] as const)('%s', (_name, input, backend, threads, reason) => {
    const choice = chooseDevice(input);
    expect(choice.backend).toBe(backend);
    expect(choice.threads).toBe(threads);
    expect(choice.reason).toMatch(reason);
  });

  it('reports fp16 shader support and software GPUs', () => {
    expect(chooseDevice(caps({ webgpuAdapter: hardware })).shaderF16).toBe(true);
    expect(chooseDevice(caps({ webgpuAdapter: { ...hardware, features: [] } })).shaderF16).toBe(false);
    expect(chooseDevice(caps({ webgpuAdapter: swiftshader, userPreference: 'webgpu' })).softwareGpu).toBe(true);
    expect(chooseDevice(caps({ webgpuAdapter: swiftshader })).softwareGpu).toBe(false);
  });

  it('names an unknown fallback adapter without guessing', () => {
    expect(chooseDevice(caps({ webgpuAdapter: { isFallback: true, features: [] } })).reason).toBe('WebGPU adapter is a software fallback; WASM with 4 threads is faster');
  });
});

describe('wasmThreads', () => {
  it.each([
    [true, 2, 2],
    [true, 16, 4],
    [true, 0, 1],
    [true, Number.NaN, 1],
    [false, 16, 1],
  ])('isolated=%s cores=%s → %s', (isolated, cores, threads) => {
    expect(wasmThreads(isolated, cores)).toBe(threads);
  });
});
