/**
 * The real transformers.js loading path in Node (onnxruntime-node), with no model on disk: the
 * offline default must fail fast with the clear error and touch no network.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { env } from '@huggingface/transformers';
import { HUB_OFF_MESSAGE, HubModelError } from './errors';
import { disposeHubEncoders, loadHubEncoder } from './encoder';
import { writeTinyBert, type TinyBert } from './tiny-bert.fixture';

let emptyModels: string;
beforeAll(async () => {
  emptyModels = await mkdtemp(path.join(tmpdir(), 'no-models-'));
});
afterAll(() => rm(emptyModels, { recursive: true, force: true }));

describe('hub encoder loading', () => {
  it('fails with "Hub models are off" when remote loading is off and the model is not local, without fetching', async () => {
    const envFetch = vi.spyOn(env, 'fetch');
    const globalFetch = vi.spyOn(globalThis, 'fetch');
    try {
      const failure = await loadHubEncoder({ model: 'all-minilm-l6-v2', device: 'cpu', hubEnabled: false, baseUrl: null, localModelPath: emptyModels }).catch(
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(HubModelError);
      expect((failure as HubModelError).code).toBe('hub-off');
      expect((failure as HubModelError).message).toBe(HUB_OFF_MESSAGE);
      expect(String((failure as HubModelError).cause)).toMatch(/allowRemoteModels=false.*all-MiniLM-L6-v2/);
      expect(env.allowRemoteModels).toBe(false);
      expect(envFetch).not.toHaveBeenCalled();
      expect(globalFetch).not.toHaveBeenCalled();
    } finally {
      envFetch.mockRestore();
      globalFetch.mockRestore();
    }
  });

  it('forgets a failed load, so the next call tries again (and says "unreachable" when a mirror is down)', async () => {
    // A closed port on this machine stands in for a mirror that is down: no traffic leaves the host.
    const failure = await loadHubEncoder({
      model: 'Xenova/all-MiniLM-L6-v2',
      device: 'cpu',
      hubEnabled: false,
      baseUrl: 'http://127.0.0.1:9/',
      localModelPath: emptyModels,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HubModelError);
    expect((failure as HubModelError).code).toBe('unreachable');
    expect((failure as HubModelError).message).toBe('Could not reach http://127.0.0.1:9/ to download all-MiniLM-L6-v2: check the connection and NEXT_PUBLIC_MODEL_BASE_URL.');
    expect(env.remoteHost).toBe('http://127.0.0.1:9/');
  });

  it('rejects models that are not hub encoders', async () => {
    await expect(loadHubEncoder({ model: 'use-lite', device: 'cpu', hubEnabled: false })).rejects.toMatchObject({ code: 'unknown-model' });
    await expect(loadHubEncoder({ model: 'nope', device: 'cpu', hubEnabled: false })).rejects.toMatchObject({ code: 'unknown-model' });
  });
});

function expected(bert: TinyBert, ids: number[], pooling: 'mean' | 'cls'): Float32Array {
  const out = new Float32Array(bert.dims);
  const used = pooling === 'cls' ? ids.slice(0, 1) : ids;
  for (const id of used) bert.row(id).forEach((value, i) => (out[i]! += value / used.length));
  const norm = Math.hypot(...out);
  return out.map((value) => value / norm);
}

describe('hub encoder embedding (a tiny local model in the hub layout, real ONNX Runtime)', () => {
  let modelsDir: string;
  let minilm: TinyBert;
  let bge: TinyBert;
  beforeAll(async () => {
    modelsDir = await mkdtemp(path.join(tmpdir(), 'tiny-models-'));
    minilm = await writeTinyBert(modelsDir, 'Xenova/all-MiniLM-L6-v2', ['hello', 'world', 'cats'], 384, ['model_quantized.onnx']);
    bge = await writeTinyBert(modelsDir, 'Xenova/bge-small-en-v1.5', ['hello', 'world', 'cats'], 384, ['model_quantized.onnx']);
  });
  afterAll(async () => {
    await disposeHubEncoders();
    await rm(modelsDir, { recursive: true, force: true });
  });

  it('returns row-major unit vectors, mean-pooled over the tokens, in input order', async () => {
    const encoder = await loadHubEncoder({ model: 'all-minilm-l6-v2', device: 'cpu', hubEnabled: false, baseUrl: null, localModelPath: modelsDir });
    expect(encoder.dimensions).toBe(384);
    expect(encoder.use).toEqual({ id: 'all-minilm-l6-v2', device: 'node-cpu', dtype: 'q8' });
    const texts = ['Hello world', 'cats', 'hello cats world hello cats world hello cats world', ''];
    const done: number[] = [];
    const vectors = await encoder.embed(texts, { onProgress: (n) => done.push(n) });
    expect(vectors).toBeInstanceOf(Float32Array);
    expect(vectors.length).toBe(texts.length * 384);
    expect(done.at(-1)).toBe(texts.length);
    const { vocab } = minilm;
    const ids = [
      [vocab['[CLS]']!, vocab.hello!, vocab.world!, vocab['[SEP]']!],
      [vocab['[CLS]']!, vocab.cats!, vocab['[SEP]']!],
    ];
    ids.forEach((tokenIds, row) => {
      const want = expected(minilm, tokenIds, 'mean');
      const got = vectors.subarray(row * 384, (row + 1) * 384);
      for (let i = 0; i < 384; i++) expect(got[i]).toBeCloseTo(want[i]!, 5);
    });
    for (let row = 0; row < texts.length; row++) expect(Math.hypot(...vectors.subarray(row * 384, (row + 1) * 384))).toBeCloseTo(1, 5);
    // Same singleton for the same (model, device, dtype).
    expect(await loadHubEncoder({ model: 'Xenova/all-MiniLM-L6-v2', device: 'cpu', hubEnabled: false, baseUrl: null, localModelPath: modelsDir })).toBe(encoder);
  });

  it('truncates at the catalog token cap and uses [CLS] pooling for BGE', async () => {
    const minilmEncoder = await loadHubEncoder({ model: 'all-minilm-l6-v2', device: 'cpu', hubEnabled: false, baseUrl: null, localModelPath: modelsDir });
    const long = `${'hello '.repeat(300)}${'cats '.repeat(100)}`;
    const [capped] = [await minilmEncoder.embed([long])];
    // 256 tokens kept: [CLS] + 255 × hello. transformers.js cuts the encoded ids, so there is no
    // closing [SEP] (Python's tokenizers keep one) and the cats never make it in.
    const want = expected(minilm, [minilm.vocab['[CLS]']!, ...Array(255).fill(minilm.vocab.hello!)], 'mean');
    for (let i = 0; i < 384; i++) expect(capped![i]).toBeCloseTo(want[i]!, 4);

    const bgeEncoder = await loadHubEncoder({ model: 'bge-small-en-v1.5', device: 'cpu', hubEnabled: false, baseUrl: null, localModelPath: modelsDir });
    const vectors = await bgeEncoder.embed(['hello', 'cats world']);
    const cls = expected(bge, [bge.vocab['[CLS]']!], 'cls');
    for (let i = 0; i < 384; i++) {
      expect(vectors[i]).toBeCloseTo(cls[i]!, 5);
      expect(vectors[384 + i]).toBeCloseTo(cls[i]!, 5);
    }
  });

  it('stops between batches when aborted', async () => {
    const encoder = await loadHubEncoder({ model: 'all-minilm-l6-v2', device: 'cpu', hubEnabled: false, baseUrl: null, localModelPath: modelsDir });
    const controller = new AbortController();
    controller.abort();
    await expect(encoder.embed(['hello'], { signal: controller.signal })).rejects.toThrow();
  });
});
