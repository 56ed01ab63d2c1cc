import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getModel } from '../../models/catalog';
import { catalogSourceDir } from './load-models';
import { extractNsfwjsBundle, NSFW_WEIGHTS_FILE, readNsfwjsBundle } from './nsfwjs-bundle';

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

describe("nsfwjs's bundled model, extracted", () => {
  it('gives exactly the files the catalog pins, pointing at its weights file', async () => {
    const target = await mkdtemp(path.join(tmpdir(), 'nsfw-'));
    try {
      await extractNsfwjsBundle(await catalogSourceDir('nsfw-mobilenet-v2'), target);
      for (const file of getModel('nsfw-mobilenet-v2').files) {
        const bytes = await readFile(path.join(target, file.path));
        expect(bytes.length, file.path).toBe(file.bytes);
        expect(sha256(bytes), file.path).toBe(file.sha256);
      }
      const json = JSON.parse(await readFile(path.join(target, 'model.json'), 'utf8'));
      expect(json.weightsManifest[0].paths).toEqual([NSFW_WEIGHTS_FILE]);
      expect(json.modelTopology.model_config.config.layers.at(-1).config).toMatchObject({ units: 5, activation: 'softmax' });
    } finally {
      await rm(target, { recursive: true, force: true });
    }
  });

  it('pins the package files it reads', async () => {
    const { source } = getModel('nsfw-mobilenet-v2');
    if (source.kind !== 'npm-extract') throw new Error('expected an npm-extract source');
    const dir = await catalogSourceDir('nsfw-mobilenet-v2');
    for (const input of source.inputs) expect(sha256(await readFile(path.join(dir, input.path))), input.path).toBe(input.sha256);
  });

  it('evaluates the modules without Node: a module that reaches for require or process fails', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'nsfw-hostile-'));
    try {
      await writeFile(path.join(dir, 'model.min.js'), 'module.exports = { modelTopology: require("fs"), weightsManifest: [] }');
      await writeFile(path.join(dir, 'group1-shard1of1.min.js'), 'module.exports = process.env.HOME');
      await expect(readNsfwjsBundle(dir)).rejects.toThrow(/require is not defined/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
