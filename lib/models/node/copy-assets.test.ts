import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RuntimeFiles } from '../runtime-files';
import type { CatalogModel } from '../types';
import { CopyVerificationError, planCopies, runCopies, summarize } from './copy-assets';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

function model(over: Partial<CatalogModel>): CatalogModel {
  return {
    id: 'tiny',
    name: 'Tiny',
    task: 'sentence-embedding',
    tier: 'bundled',
    runtime: 'tfjs-graph',
    files: [
      { path: 'model.json', sha256: sha('{"m":1}'), bytes: 7 },
      { path: 'w/shard1', sha256: sha('weights!'), bytes: 8 },
    ],
    totalBytes: 15,
    dimensions: 4,
    dtype: { wasm: 'float32' },
    licence: 'MIT',
    source: { kind: 'npm', package: '@fake/tiny', version: '1.0.0', dir: 'dist' },
    tokenCap: 8,
    description: 'test',
    ...over,
  };
}

const runtime: RuntimeFiles = {
  id: 'rt',
  name: 'runtime',
  publicDir: 'rt',
  source: { kind: 'npm', package: 'fake-rt', version: '2.0.0', dir: 'dist' },
  licence: 'MIT',
  files: [{ path: 'rt.wasm', sha256: sha('wasm'), bytes: 4 }],
};

let root: string;

async function put(file: string, text: string) {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), text);
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'copy-models-'));
  await put('node_modules/@fake/tiny/package.json', '{"version":"1.0.0"}');
  await put('node_modules/@fake/tiny/dist/model.json', '{"m":1}');
  await put('node_modules/@fake/tiny/dist/w/shard1', 'weights!');
  await put('node_modules/fake-rt/package.json', '{"version":"2.0.0"}');
  await put('node_modules/fake-rt/dist/rt.wasm', 'wasm');
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('copy-models', () => {
  it('copies verified files, then keeps them on a second run', async () => {
    const jobs = await planCopies({ root, models: [model({})], runtimes: [runtime] });
    const first = await runCopies(jobs, { root });
    expect(first.copied).toEqual(['tiny/model.json', 'tiny/w/shard1', 'rt/rt.wasm']);
    expect(await readFile(path.join(root, 'public/models/tiny/w/shard1'), 'utf8')).toBe('weights!');
    expect(await readFile(path.join(root, 'public/rt/rt.wasm'), 'utf8')).toBe('wasm');
    const second = await runCopies(jobs, { root });
    expect(second.copied).toEqual([]);
    expect(second.kept).toHaveLength(3);
    expect(summarize(second)).toMatch(/^models:copy: 3 files \(0 kB\) sha256-verified in public\/ — 0 copied, 3 already in place — /);
  });

  it('refuses a source whose hash is not the pinned one, and copies nothing for it', async () => {
    await put('node_modules/@fake/tiny/dist/w/shard1', 'tampered');
    const jobs = await planCopies({ root, models: [model({})], runtimes: [] });
    const failure = await runCopies(jobs, { root }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CopyVerificationError);
    expect((failure as CopyVerificationError).problems).toEqual([
      `node_modules/@fake/tiny/dist/w/shard1 has sha256 ${sha('tampered')}, the catalog pins ${sha('weights!')}: the installed package is not the pinned one (run "npm ci", or re-pin after an intended upgrade); nothing was copied for it`,
    ]);
    await expect(readFile(path.join(root, 'public/models/tiny/w/shard1'))).rejects.toThrow();
    // The good file of the same model still landed.
    expect(await readFile(path.join(root, 'public/models/tiny/model.json'), 'utf8')).toBe('{"m":1}');
  });

  it('replaces a target that was changed in place', async () => {
    const jobs = await planCopies({ root, models: [model({})], runtimes: [] });
    await runCopies(jobs, { root });
    await put('public/models/tiny/model.json', '{"m":2}');
    const again = await runCopies(jobs, { root });
    expect(again.copied).toEqual(['tiny/model.json']);
    expect(await readFile(path.join(root, 'public/models/tiny/model.json'), 'utf8')).toBe('{"m":1}');
  });

  it('--check reports what is missing without copying', async () => {
    const jobs = await planCopies({ root, models: [model({})], runtimes: [] });
    await expect(runCopies(jobs, { root, checkOnly: true })).rejects.toThrow(/public\/models\/tiny\/model.json is missing: run "npm run models:copy"/);
  });

  it('names the version mismatch of an installed package', async () => {
    await put('node_modules/@fake/tiny/package.json', '{"version":"1.1.0"}');
    await expect(planCopies({ root, models: [model({})], runtimes: [] })).rejects.toThrow(
      /@fake\/tiny@1.0.0 is pinned, but only 1.1.0 at node_modules\/@fake\/tiny is installed/,
    );
  });

  it('verifies committed files in place and reports derived ones not built yet', async () => {
    const committed = model({ id: 'committed', source: { kind: 'repo', dir: 'public/models/committed' } });
    const derived = model({ id: 'derived', source: { kind: 'derived', script: 'scripts/ml/make.ts', from: 'tiny' } });
    await put('public/models/committed/model.json', '{"m":1}');
    await put('public/models/committed/w/shard1', 'weights!');
    const jobs = await planCopies({ root, models: [committed, derived], runtimes: [] });
    const result = await runCopies(jobs, { root });
    expect(result.verified).toEqual(['committed/model.json', 'committed/w/shard1']);
    expect(result.missing).toEqual(['derived (made by "tsx scripts/ml/make.ts" from tiny)']);
    expect(summarize(result)).toMatch(/; not built yet: derived \(made by "tsx scripts\/ml\/make.ts" from tiny\)$/);

    await put('public/models/committed/w/shard1', 'edited!!');
    await expect(runCopies(jobs, { root })).rejects.toThrow(/public\/models\/committed\/w\/shard1 has sha256 [0-9a-f]{64}, the catalog pins/);
  });
});

describe('copy-models: files extracted from a package', () => {
  const wrapped = 'module.exports = "weights!"';
  const extracted = (over: Partial<CatalogModel['source']> = {}) =>
    model({
      id: 'unwrapped',
      files: [{ path: 'w/shard1', sha256: sha('weights!'), bytes: 8 }],
      totalBytes: 8,
      source: { kind: 'npm-extract', package: '@fake/tiny', version: '1.0.0', dir: 'dist', extractor: 'unwrap', inputs: [{ path: 'wrapped.js', sha256: sha(wrapped), bytes: wrapped.length }], ...over } as CatalogModel['source'],
    });
  let runs: number;
  const extractors = {
    unwrap: async (sourceDir: string, targetDir: string) => {
      runs++;
      const text = await readFile(path.join(sourceDir, 'wrapped.js'), 'utf8');
      await mkdir(path.join(targetDir, 'w'), { recursive: true });
      await writeFile(path.join(targetDir, 'w/shard1'), JSON.parse(text.replace('module.exports = ', '')) as string);
    },
  };

  beforeEach(async () => {
    runs = 0;
    await put('node_modules/@fake/tiny/dist/wrapped.js', wrapped);
  });

  it('extracts once after checking the pinned inputs, then keeps the output', async () => {
    const jobs = await planCopies({ root, models: [extracted()], runtimes: [], extractors });
    expect((await runCopies(jobs, { root })).copied).toEqual(['unwrapped/w/shard1']);
    expect(await readFile(path.join(root, 'public/models/unwrapped/w/shard1'), 'utf8')).toBe('weights!');
    expect((await runCopies(jobs, { root })).kept).toEqual(['unwrapped/w/shard1']);
    expect(runs).toBe(1);
    await expect(runCopies(jobs, { root, checkOnly: true })).resolves.toMatchObject({ kept: ['unwrapped/w/shard1'] });
  });

  it('never runs the extractor on an input that is not the pinned one', async () => {
    await put('node_modules/@fake/tiny/dist/wrapped.js', 'module.exports = "tampered"');
    const jobs = await planCopies({ root, models: [extracted()], runtimes: [], extractors });
    await expect(runCopies(jobs, { root })).rejects.toThrow(/dist\/wrapped.js has sha256 [0-9a-f]{64}, the catalog pins .*nothing was extracted from it/);
    expect(runs).toBe(0);
  });

  it('removes an output that does not match its pin', async () => {
    const jobs = await planCopies({ root, models: [extracted()], runtimes: [], extractors: { unwrap: async (_source, target) => put(path.relative(root, path.join(target, 'w/shard1')), 'other!!!') } });
    await expect(runCopies(jobs, { root })).rejects.toThrow(/unwrapped\/w\/shard1 extracted from @fake\/tiny@1.0.0\/dist has sha256 [0-9a-f]{64}, the catalog pins/);
    await expect(readFile(path.join(root, 'public/models/unwrapped/w/shard1'))).rejects.toThrow();
  });

  it('--check reports a missing output without extracting, and an unknown extractor fails the plan', async () => {
    const jobs = await planCopies({ root, models: [extracted()], runtimes: [], extractors });
    await expect(runCopies(jobs, { root, checkOnly: true })).rejects.toThrow(/public\/models\/unwrapped\/w\/shard1 is missing: run "npm run models:copy"/);
    expect(runs).toBe(0);
    await expect(planCopies({ root, models: [extracted({ extractor: 'nope' } as never)], runtimes: [], extractors })).rejects.toThrow(/unknown extractor "nope"/);
  });
});
