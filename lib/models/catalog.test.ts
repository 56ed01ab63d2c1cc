import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { USE_TOKEN_CAP, USE_DIMENSIONS } from '../ml/use/encoder';
import { BASE_MODELS, buildCatalog, CATALOG, downloadBytes, dtypeFor, filesFor, findModel, getModel, modelUrl, validateCatalog } from './catalog';
import { RUNTIME_FILES } from './runtime-files';
import { findPackageDir } from './node/copy-assets';
import type { CatalogModel } from './types';

const root = path.resolve(__dirname, '../..');

describe('model catalog', () => {
  it('is consistent', () => {
    expect(validateCatalog(CATALOG)).toEqual([]);
    expect(new Set(CATALOG.map((m) => m.id)).size).toBe(CATALOG.length);
  });

  it('pins every bundled file with a 64-hex sha256 and a positive size', () => {
    const bundled = CATALOG.filter((m) => m.tier === 'bundled');
    expect(bundled.length).toBeGreaterThan(0);
    for (const model of bundled) {
      for (const file of model.files) {
        expect(file.sha256, `${model.id}/${file.path}`).toMatch(/^[0-9a-f]{64}$/);
        expect(file.bytes).toBeGreaterThan(0);
      }
      expect(model.totalBytes).toBe(model.files.reduce((s, f) => s + f.bytes, 0));
    }
    for (const runtime of RUNTIME_FILES) for (const file of runtime.files) expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives hub models a hub repo id, their ONNX variants and no made-up hashes', () => {
    expect(CATALOG.filter((m) => m.tier === 'hub').map((m) => m.source.kind === 'hub' && m.source.repo)).toEqual([
      'Xenova/all-MiniLM-L6-v2',
      'Xenova/bge-small-en-v1.5',
      'HuggingFaceTB/SmolLM2-360M-Instruct',
      'Xenova/clip-vit-base-patch32',
      'Xenova/vit-gpt2-image-captioning',
    ]);
    const hub = CATALOG.filter((m) => m.tier === 'hub' && m.task === 'sentence-embedding');
    for (const model of hub) {
      expect(model.files.map((f) => f.path)).toEqual(['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx', 'onnx/model_quantized.onnx']);
      expect(model.files.every((f) => f.sha256 === null)).toBe(true);
      expect(model.dimensions).toBe(384);
      expect(dtypeFor(model, 'webgpu')).toBe('fp32');
      expect(dtypeFor(model, 'wasm')).toBe('q8');
      expect(filesFor(model, 'wasm').map((f) => f.path)).toContain('onnx/model_quantized.onnx');
      expect(filesFor(model, 'wasm').map((f) => f.path)).not.toContain('onnx/model.onnx');
      expect(downloadBytes(model, 'wasm')).toBeLessThan(downloadBytes(model, 'webgpu'));
    }
  });

  it('lists the hub text model with its 4-bit variants per device', () => {
    const smol = getModel('HuggingFaceTB/SmolLM2-360M-Instruct');
    expect(smol).toMatchObject({ id: 'smollm2-360m-instruct', task: 'text-generation', tier: 'hub', runtime: 'transformers.js' });
    expect(filesFor(smol, 'webgpu').map((f) => f.path)).toContain('onnx/model_q4f16.onnx');
    expect(filesFor(smol, 'wasm').map((f) => f.path)).toContain('onnx/model_q4.onnx');
    expect(filesFor(smol, 'wasm').map((f) => f.path)).not.toContain('onnx/model_q4f16.onnx');
    expect(smol.files.every((f) => f.sha256 === null)).toBe(true);
  });

  it('agrees with the USE-lite encoder code', () => {
    const use = getModel('use-lite');
    expect(use.tokenCap).toBe(USE_TOKEN_CAP);
    expect(use.dimensions).toBe(USE_DIMENSIONS);
    expect(modelUrl(use)).toBe('/models/use-lite/');
  });

  it('finds models by id or hub repo', () => {
    expect(findModel('Xenova/all-MiniLM-L6-v2')?.id).toBe('all-minilm-l6-v2');
    expect(findModel('nope')).toBeUndefined();
    expect(() => getModel('nope')).toThrow(/Unknown model "nope"/);
  });

  it('pins exactly the files of the installed packages', async () => {
    const sources = [
      ...CATALOG.flatMap((m) => (m.source.kind === 'npm' ? [{ source: m.source, files: m.files }] : [])),
      ...RUNTIME_FILES.map((r) => ({ source: r.source, files: r.files })),
    ];
    for (const { source, files } of sources) {
      const dir = path.join(await findPackageDir(root, source.package, source.version), source.dir);
      for (const file of files) {
        const bytes = await readFile(path.join(dir, file.path));
        expect(bytes.length, file.path).toBe(file.bytes);
        expect(createHash('sha256').update(bytes).digest('hex'), file.path).toBe(file.sha256);
      }
    }
  });

  it('pins the committed model files as they are in the repository', async () => {
    for (const model of CATALOG.filter((m) => m.source.kind === 'repo')) {
      const dir = path.join(root, (model.source as { dir: string }).dir);
      for (const file of model.files) {
        const bytes = await readFile(path.join(dir, file.path));
        expect(createHash('sha256').update(bytes).digest('hex'), `${model.id}/${file.path}: re-pin after retraining`).toBe(file.sha256);
      }
    }
  });

  it('rejects broken entries, and heads may join through buildCatalog', () => {
    const use = BASE_MODELS[0]!;
    const broken: CatalogModel[] = [
      use,
      { ...use },
      { ...use, id: 'no-hash', files: [{ path: 'a.bin', sha256: null, bytes: 1 }], totalBytes: 1 },
      { ...use, id: 'hubless', tier: 'hub', runtime: 'transformers.js', pooling: 'mean', files: [], totalBytes: 0 },
      { ...use, id: 'head-x', task: 'head:x', runtime: 'head', encoder: 'missing', dimensions: 3 },
    ];
    const problems = validateCatalog(broken).join('\n');
    expect(problems).toMatch(/"use-lite": duplicate id/);
    expect(problems).toMatch(/"no-hash": bundled file a.bin needs a 64-hex sha256/);
    expect(problems).toMatch(/"hubless": hub models need a hub repo id/);
    expect(problems).toMatch(/"head-x": unknown encoder "missing"/);
    expect(() => buildCatalog([use])).toThrow(/duplicate id/);
    const head = { ...use, id: 'sentiment-use-lite', task: 'head:sentiment' as const, runtime: 'head' as const, encoder: 'use-lite', dimensions: 3 };
    expect(buildCatalog([head]).map((m) => m.id)).toContain('sentiment-use-lite');
  });
});
