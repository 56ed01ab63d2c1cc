/**
 * Hub-tier sentence encoders (MiniLM, BGE) through transformers.js, as a TextEncoderPort: the
 * same row-major unit vectors the USE-lite port returns. A lazy singleton per (model, device,
 * dtype), cached as a promise; a failed load is forgotten so a retry (after the user enables hub
 * models) starts afresh. transformers.js is imported on first use, so the bundled tier never
 * loads it.
 */
import type { ProgressInfo } from '@huggingface/transformers';
import { planBatches } from '../batching';
import type { TextEncoderPort } from '../encoder-port';
import { classifyHubError } from './errors';
import { applyHubSettings, resolveHubSettings, type HubOptions, type TransformersEnvLike } from './settings';
import { hubCatalogModel, inBrowserRuntime, loadHubSingleton, type HubCatalogModel } from './singleton';

/** `cpu` is Node (onnxruntime-node): training, evaluation and tests. */
export type HubDevice = 'webgpu' | 'wasm' | 'cpu';

export interface HubEncoderOptions extends HubOptions {
  /** Catalog id (`all-minilm-l6-v2`) or hub repo (`Xenova/all-MiniLM-L6-v2`). */
  model: string;
  device: HubDevice;
  /** Defaults to the catalog's dtype for the device (`q8` on WASM/CPU, `fp32` on WebGPU). */
  dtype?: string;
  /** transformers.js download events, forwarded unchanged (one bar per file). */
  onProgress?: (info: ProgressInfo) => void;
  /** Run one text before resolving, so WebGPU shaders compile during "loading" (default true). */
  warmUp?: boolean;
}

interface Loaded {
  port: TextEncoderPort;
  dispose(): Promise<void>;
}

const loaded = new Map<string, Promise<Loaded>>();

function hubModel(idOrRepo: string): HubCatalogModel {
  return hubCatalogModel(idOrRepo, (model) => model.tier === 'hub' && model.task === 'sentence-embedding', 'hub encoder');
}

function deviceLabel(device: HubDevice, threads: number | undefined): string {
  if (device === 'cpu') return 'node-cpu';
  if (device === 'wasm') return threads && threads > 1 ? 'wasm-threads' : 'wasm';
  return 'webgpu';
}

/** Rough token count for length bucketing, without tokenising twice (~4 characters a token). */
function estimateTokens(text: string, cap: number): number {
  return Math.min(cap, Math.ceil(text.length / 4) + 2);
}

export function loadHubEncoder(options: HubEncoderOptions): Promise<TextEncoderPort> {
  return loadEntry(options).then((entry) => entry.port);
}

function loadEntry(options: HubEncoderOptions): Promise<Loaded> {
  return loadHubSingleton(loaded, () => hubModel(options.model), options, (model, dtype) => load(model, dtype, options));
}

async function load(model: HubCatalogModel, dtype: string, options: HubEncoderOptions): Promise<Loaded> {
  const settings = resolveHubSettings(options);
  const transformers = await import('@huggingface/transformers');
  const { env, pipeline, mean_pooling } = transformers;
  applyHubSettings(env as unknown as TransformersEnvLike, settings, { browser: inBrowserRuntime() });

  const dimensions = model.dimensions!;
  const cap = model.tokenCap!;
  let extractor: Awaited<ReturnType<typeof pipeline<'feature-extraction'>>>;
  try {
    extractor = await pipeline('feature-extraction', model.source.repo, {
      device: options.device,
      dtype: dtype as never,
      revision: model.source.revision,
      ...(options.onProgress ? { progress_callback: options.onProgress } : {}),
    });
  } catch (error) {
    throw classifyHubError(error, { id: model.id, name: model.name, repo: model.source.repo }, settings);
  }

  async function embedBatch(texts: string[]): Promise<Float32Array> {
    const inputs = extractor.tokenizer(texts, { padding: true, truncation: true, max_length: cap });
    const outputs = await extractor.model(inputs);
    const hidden = outputs.last_hidden_state ?? outputs.token_embeddings;
    const pooled = model.pooling === 'cls' ? hidden.slice(null, 0) : mean_pooling(hidden, inputs.attention_mask);
    const normalised = pooled.normalize(2, -1);
    const data = Float32Array.from(normalised.data as Float32Array);
    for (const tensor of new Set([...Object.values(outputs), pooled, normalised])) (tensor as { dispose?: () => void }).dispose?.();
    if (data.length !== texts.length * dimensions) throw new Error(`${model.name} returned ${data.length / texts.length} values per text, expected ${dimensions}.`);
    return data;
  }

  const port: TextEncoderPort = {
    use: { id: model.id, device: deviceLabel(options.device, settings.numThreads ?? undefined), dtype },
    dimensions,
    async embed(texts, embedOptions = {}) {
      const out = new Float32Array(texts.length * dimensions);
      let done = 0;
      // An empty string still yields [CLS] [SEP]; no special case needed.
      for (const batch of planBatches(texts.map((text) => estimateTokens(text, cap)))) {
        embedOptions.signal?.throwIfAborted();
        const vectors = await embedBatch(batch.map((i) => texts[i]!));
        batch.forEach((textIndex, row) => out.set(vectors.subarray(row * dimensions, (row + 1) * dimensions), textIndex * dimensions));
        done += batch.length;
        embedOptions.onProgress?.(done);
      }
      return out;
    },
  };
  if (options.warmUp !== false) await port.embed(['warm up']);
  return { port, dispose: () => extractor.dispose() };
}

/** Frees every loaded hub model (ONNX sessions, GPU buffers). */
export async function disposeHubEncoders(): Promise<void> {
  const entries = [...loaded.values()];
  loaded.clear();
  await Promise.all(entries.map((entry) => entry.then((e) => e.dispose(), () => undefined)));
}
