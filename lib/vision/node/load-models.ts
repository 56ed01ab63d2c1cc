/**
 * Loads the bundled image models in Node (tests, benchmarks) straight from the pinned npm
 * packages: nsfwjs's MobileNetV2 through the extraction set-up runs, in memory, and CenterNet's
 * files from @vladmandic/human. `loadVisionModelsInNode` is the WASM-backend promise singleton;
 * the single loaders use whatever backend is active (the benchmark's cpu run).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import { loadGraphModel } from '@tensorflow/tfjs-converter';
import { loadLayersModel } from '@tensorflow/tfjs-layers';
import { useWasmBackend } from '../../ml/node/load-use';
import { getModel } from '../../models/catalog';
import { findPackageDir } from '../../models/node/copy-assets';
import type { BundledVisionModels } from '../bundled-models';
import { readNsfwjsBundle } from './nsfwjs-bundle';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** The directory inside the installed package the catalog entry `id` names (its pinned version). */
export async function catalogSourceDir(id: string): Promise<string> {
  const { source } = getModel(id);
  if (source.kind !== 'npm' && source.kind !== 'npm-extract') throw new Error(`Model "${id}" does not come from an npm package.`);
  return path.join(await findPackageDir(ROOT, source.package, source.version), source.dir);
}

function arrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

interface ModelJson {
  modelTopology: object;
  weightsManifest: tf.io.WeightsManifestConfig;
}

function fromMemory(json: ModelJson, weights: Uint8Array): tf.io.IOHandler {
  return tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs: json.weightsManifest.flatMap((group) => group.weights), weightData: arrayBuffer(weights) });
}

export async function loadNsfwInNode() {
  const { modelJson, weights } = await readNsfwjsBundle(await catalogSourceDir('nsfw-mobilenet-v2'));
  return loadLayersModel(fromMemory(JSON.parse(modelJson) as ModelJson, weights));
}

export async function loadCenterNetInNode() {
  const dir = await catalogSourceDir('centernet-coco');
  const [json, weights] = await Promise.all([readFile(path.join(dir, 'centernet.json'), 'utf8'), readFile(path.join(dir, 'centernet.bin'))]);
  return loadGraphModel(fromMemory(JSON.parse(json) as ModelJson, weights));
}

let loaded: Promise<BundledVisionModels> | undefined;

export function loadVisionModelsInNode(): Promise<BundledVisionModels> {
  loaded ??= (async () => {
    await useWasmBackend();
    const [nsfw, centerNet] = await Promise.all([loadNsfwInNode(), loadCenterNetInNode()]);
    return { nsfw, centerNet };
  })();
  loaded.catch(() => (loaded = undefined));
  return loaded;
}
