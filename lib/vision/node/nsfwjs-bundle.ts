/**
 * Node-only: turns nsfwjs's bundled MobileNetV2 into plain TF.js layers-model files. nsfwjs ships
 * its model as two browserify modules (`model.min.js` → `{modelTopology, weightsManifest}`,
 * `group1-shard1of1.min.js` → the weights as one base64 string) so that bundlers can inline it;
 * we want files a browser fetches and caches, like every other bundled model.
 *
 * The modules are evaluated in an empty `vm` context (no `require`, no `process`): they only
 * build a value. The caller checks their pinned sha256 first (lib/models/node/copy-assets.ts),
 * and the output is the same bytes on every machine, so it is pinned in the catalog too.
 */
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import vm from 'node:vm';

export const NSFW_MODEL_FILE = 'model.json';
export const NSFW_WEIGHTS_FILE = 'group1-shard1of1.bin';

interface WeightGroup {
  paths: string[];
  weights: unknown[];
}

interface BundledModel {
  modelTopology: unknown;
  weightsManifest: WeightGroup[];
}

/** The value a browserify/UMD module exports, evaluated without access to Node. */
function evaluateUmd(code: string, file: string): unknown {
  const sandbox = { module: { exports: {} as unknown }, exports: {} };
  vm.runInNewContext(code, sandbox, { filename: file, timeout: 10_000 });
  return sandbox.module.exports;
}

/** model.json text and weight bytes, from the package's `dist/models/mobilenet_v2/` directory. */
export async function readNsfwjsBundle(sourceDir: string): Promise<{ modelJson: string; weights: Uint8Array }> {
  const modelFile = path.join(sourceDir, 'model.min.js');
  const shardFile = path.join(sourceDir, 'group1-shard1of1.min.js');
  const model = evaluateUmd(await readFile(modelFile, 'utf8'), modelFile) as Partial<BundledModel>;
  const shard = evaluateUmd(await readFile(shardFile, 'utf8'), shardFile);
  if (!model.modelTopology || !Array.isArray(model.weightsManifest) || model.weightsManifest.length !== 1) {
    throw new Error(`${modelFile} did not export a single-group TF.js layers model`);
  }
  if (typeof shard !== 'string' || !/^[A-Za-z0-9+/]+=*$/.test(shard)) throw new Error(`${shardFile} did not export a base64 string`);
  const weights = new Uint8Array(Buffer.from(shard, 'base64'));
  // Copy into plain objects of this realm, and point the manifest at the file we write.
  const [group] = JSON.parse(JSON.stringify(model.weightsManifest)) as WeightGroup[];
  const modelJson = JSON.stringify({
    format: 'layers-model',
    generatedBy: 'nsfwjs 4.4.0 dist/models/mobilenet_v2, extracted by lib/vision/node/nsfwjs-bundle.ts',
    modelTopology: model.modelTopology,
    weightsManifest: [{ paths: [NSFW_WEIGHTS_FILE], weights: group!.weights }],
  });
  return { modelJson, weights };
}

/** Writes model.json and its one weights file into `targetDir`. */
export async function extractNsfwjsBundle(sourceDir: string, targetDir: string): Promise<void> {
  const { modelJson, weights } = await readNsfwjsBundle(sourceDir);
  await mkdir(targetDir, { recursive: true });
  await writeFile(path.join(targetDir, NSFW_WEIGHTS_FILE), weights);
  await writeFile(path.join(targetDir, NSFW_MODEL_FILE), modelJson);
}
