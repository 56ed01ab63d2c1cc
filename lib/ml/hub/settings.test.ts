import { describe, expect, it } from 'vitest';
import { applyHubSettings, resolveHubSettings, type TransformersEnvLike } from './settings';

describe('hub settings', () => {
  it('is offline by default: local /models/, ORT from /ort/, no remote', () => {
    const settings = resolveHubSettings({ hubEnabled: false, baseUrl: null });
    expect(settings).toMatchObject({
      allowRemoteModels: false,
      allowLocalModels: true,
      localModelPath: '/models/',
      wasmPaths: { mjs: '/ort/ort-wasm-simd-threaded.asyncify.mjs', wasm: '/ort/ort-wasm-simd-threaded.asyncify.wasm' },
      mirrored: false,
    });
  });

  it('uses huggingface.co when the user enables hub models, a mirror when the deployer sets one', () => {
    expect(resolveHubSettings({ hubEnabled: true, baseUrl: null })).toMatchObject({ allowRemoteModels: true, remoteHost: 'https://huggingface.co/' });
    expect(resolveHubSettings({ hubEnabled: false, baseUrl: 'https://models.example.org/hf' })).toMatchObject({
      allowRemoteModels: true,
      remoteHost: 'https://models.example.org/hf/',
      mirrored: true,
    });
  });

  it('reads NEXT_PUBLIC_MODEL_BASE_URL when no base is given, and rejects a non-URL', () => {
    const before = process.env.NEXT_PUBLIC_MODEL_BASE_URL;
    process.env.NEXT_PUBLIC_MODEL_BASE_URL = 'http://mirror.local:8080/';
    try {
      expect(resolveHubSettings({ hubEnabled: false }).remoteHost).toBe('http://mirror.local:8080/');
    } finally {
      if (before === undefined) delete process.env.NEXT_PUBLIC_MODEL_BASE_URL;
      else process.env.NEXT_PUBLIC_MODEL_BASE_URL = before;
    }
    expect(() => resolveHubSettings({ hubEnabled: false, baseUrl: 'models/' })).toThrow(/must be an absolute http\(s\) URL/);
  });

  it('sets transformers.js env, WASM paths and threads only in the browser', () => {
    const env: TransformersEnvLike = { allowRemoteModels: true, remoteHost: 'x', allowLocalModels: false, localModelPath: 'y', backends: { onnx: { wasm: {} } } };
    applyHubSettings(env, resolveHubSettings({ hubEnabled: false, baseUrl: null, threads: 2 }), { browser: true });
    expect(env).toEqual({
      allowRemoteModels: false,
      remoteHost: 'https://huggingface.co/',
      allowLocalModels: true,
      localModelPath: '/models/',
      backends: { onnx: { wasm: { wasmPaths: { mjs: '/ort/ort-wasm-simd-threaded.asyncify.mjs', wasm: '/ort/ort-wasm-simd-threaded.asyncify.wasm' }, numThreads: 2 } } },
    });
    const node: TransformersEnvLike = { ...env, backends: { onnx: { wasm: {} } } };
    applyHubSettings(node, resolveHubSettings({ hubEnabled: false, baseUrl: null, threads: 2 }), { browser: false });
    expect(node.backends.onnx.wasm).toEqual({});
  });
});
