/**
 * The bundled whisper-tiny through transformers.js, as a SpeechRecognizer that hears one window
 * (≤ 30 s of 16 kHz mono) at a time. Runs in the voice worker (WebGPU or WASM, files from
 * `/models/whisper-tiny/`) and in Node (onnxruntime-node, files from public/models/): the same
 * code, only `device` and `localModelPath` differ. Loaded once per (model, device, dtype, folder),
 * cached as a promise and forgotten when it fails. Never remote: the model ships with the app.
 */
import type { ProgressInfo } from '@huggingface/transformers';
import { dtypeFor, getModel } from '../models/catalog';
import type { CatalogModel } from '../models/types';
import { applyHubSettings, LOCAL_MODEL_PATH, resolveHubSettings, type TransformersEnvLike } from '../ml/hub/settings';
import { cachedLoad, inBrowserRuntime } from '../ml/hub/singleton';
import { WINDOW_SECONDS, type WindowSegment } from './chunks';
import { SPEECH_SAMPLE_RATE } from './types';

export const DEFAULT_SPEECH_MODEL = 'whisper-tiny';

/** `cpu` is Node (onnxruntime-node): tests, the CLI, the benchmark. */
export type SpeechDevice = 'webgpu' | 'wasm' | 'cpu';

export interface WhisperOptions {
  device: SpeechDevice;
  /** Catalog id of a bundled speech model; whisper-tiny by default. */
  model?: string;
  /** The folder holding `<id>/`: `/models/` in the browser, an absolute directory in Node. */
  localModelPath?: string;
  /** WASM threads (from chooseDevice). */
  threads?: number;
  /** transformers.js load events, forwarded unchanged (one bar per file). */
  onProgress?: (info: ProgressInfo) => void;
}

export interface RecognizeOptions {
  /** A whisper language code ('en', 'fr', …), e.g. from detectLanguage. */
  language: string;
  signal?: AbortSignal;
}

export interface SpeechRecognizer {
  use: { id: string; device: SpeechDevice; dtype: string };
  /** The language whisper hears in the first 30 s (a code such as 'en'). */
  detectLanguage(samples: Float32Array): Promise<string>;
  /** Segments of one window, in seconds from its start. An abort seen while decoding stops the decoder at its next token. */
  recognize(samples: Float32Array, options: RecognizeOptions): Promise<WindowSegment[]>;
  dispose(): Promise<void>;
}

export class SpeechModelError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SpeechModelError';
  }
}

/**
 * Tokens whisper may write per second of audio: fast speech is ~4 words (5 tokens) a second plus
 * a timestamp pair per sentence. The cap keeps a hallucination loop ("it's not like it's not
 * like…") on a short clip from running to whisper's 448-token limit.
 */
const TOKENS_PER_SECOND = 6;
const TOKEN_ALLOWANCE = 24;
const MAX_NEW_TOKENS = 440;

const loaded = new Map<string, Promise<SpeechRecognizer>>();

function speechModel(id: string): CatalogModel {
  const model = getModel(id);
  if (model.task !== 'speech-recognition' || model.tier !== 'bundled' || model.runtime !== 'transformers.js') {
    throw new SpeechModelError(`"${model.id}" is not a bundled transformers.js speech model.`);
  }
  return model;
}

export function loadWhisper(options: WhisperOptions): Promise<SpeechRecognizer> {
  let model: CatalogModel;
  try {
    model = speechModel(options.model ?? DEFAULT_SPEECH_MODEL);
  } catch (error) {
    return Promise.reject(error);
  }
  const dtype = dtypeFor(model, options.device === 'webgpu' ? 'webgpu' : 'wasm');
  const folder = options.localModelPath ?? LOCAL_MODEL_PATH;
  return cachedLoad(loaded, `${model.id}|${options.device}|${dtype}|${folder}`, () => load(model, dtype, folder, options));
}

type Transformers = typeof import('@huggingface/transformers');
type AsrPipeline = Awaited<ReturnType<typeof import('@huggingface/transformers').pipeline<'automatic-speech-recognition'>>>;

async function createPipeline(transformers: Transformers, model: CatalogModel, dtype: string, folder: string, options: WhisperOptions): Promise<AsrPipeline> {
  try {
    return await transformers.pipeline('automatic-speech-recognition', model.id, {
      device: options.device,
      dtype: dtype as never,
      ...(options.onProgress ? { progress_callback: options.onProgress } : {}),
    });
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const message = error instanceof Error ? error.message : String(error);
    if (name === 'ModelFileNotFoundError' || /allowRemoteModels=false|local_files_only|ENOENT|could not locate file/i.test(message)) {
      throw new SpeechModelError(`${model.name}'s files are missing from ${folder}${model.id}/: run "npm run models:copy" (or "npm run setup").`, { cause: error });
    }
    throw error;
  }
}

interface WhisperGenerationConfig {
  decoder_start_token_id: number;
  lang_to_id: Record<string, number>;
}

async function load(model: CatalogModel, dtype: string, folder: string, options: WhisperOptions): Promise<SpeechRecognizer> {
  const transformers = await import('@huggingface/transformers');
  // Bundled: remote loading stays off whatever the hub switch says; ORT's WASM comes from /ort/.
  const settings = resolveHubSettings({ hubEnabled: false, baseUrl: null, localModelPath: folder, threads: options.threads });
  applyHubSettings(transformers.env as unknown as TransformersEnvLike, settings, { browser: inBrowserRuntime() });
  const asr = await createPipeline(transformers, model, dtype, folder, options);
  const generation = (asr.model as unknown as { generation_config: WhisperGenerationConfig }).generation_config;
  const languageOf = new Map(Object.entries(generation.lang_to_id).map(([token, id]) => [id, token.slice(2, -2)]));

  async function detectLanguage(samples: Float32Array): Promise<string> {
    const { input_features } = await asr.processor(samples.subarray(0, WINDOW_SECONDS * SPEECH_SAMPLE_RATE));
    // One decoder step after <|startoftranscript|>: whisper's next token names the language.
    const output = (await asr.model.generate({ inputs: input_features, decoder_input_ids: [generation.decoder_start_token_id], max_new_tokens: 1 } as never)) as unknown as {
      tolist(): bigint[][];
    };
    const token = output.tolist()[0]?.[1];
    return (token !== undefined && languageOf.get(Number(token))) || 'en';
  }

  async function recognize(samples: Float32Array, { language, signal }: RecognizeOptions): Promise<WindowSegment[]> {
    signal?.throwIfAborted();
    const stopping = new transformers.InterruptableStoppingCriteria();
    const stop = () => stopping.interrupt();
    signal?.addEventListener('abort', stop, { once: true });
    try {
      const seconds = samples.length / SPEECH_SAMPLE_RATE;
      const output = (await asr(samples, {
        return_timestamps: true,
        task: 'transcribe',
        language,
        max_new_tokens: Math.min(MAX_NEW_TOKENS, Math.ceil(seconds * TOKENS_PER_SECOND) + TOKEN_ALLOWANCE),
        stopping_criteria: stopping,
      } as never)) as { text: string; chunks?: { text: string; timestamp: [number, number | null] }[] };
      signal?.throwIfAborted();
      const chunks = output.chunks ?? [{ text: output.text, timestamp: [0, seconds] }];
      return chunks.map(({ text, timestamp: [start, end] }) => ({ text, start, end }));
    } finally {
      signal?.removeEventListener('abort', stop);
    }
  }

  // WebGPU compiles its shaders on the first run: do it now, while the UI still says "loading".
  if (options.device === 'webgpu') await recognize(new Float32Array(SPEECH_SAMPLE_RATE), { language: 'en' });
  return { use: { id: model.id, device: options.device, dtype }, detectLanguage, recognize, dispose: () => asr.dispose() };
}

/** Frees every loaded speech model (ONNX sessions, GPU buffers). */
export async function disposeSpeechModels(): Promise<void> {
  const entries = [...loaded.values()];
  loaded.clear();
  await Promise.all(entries.map((entry) => entry.then((recognizer) => recognizer.dispose(), () => undefined)));
}
