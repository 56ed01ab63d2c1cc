/**
 * Hub-tier text generation: a small instruction model (SmolLM2 class) through transformers.js,
 * for the Wrapped's words. Same conventions as the hub encoders: a lazy singleton per (model,
 * device, dtype) cached as a promise and forgotten when it fails, remote loading only when the
 * user enabled hub models or the deployer set a mirror, download progress forwarded unchanged.
 * Greedy decoding, so the same facts give the same draft; the caller grounds what comes back.
 */
import type { PreTrainedTokenizer, ProgressInfo } from '@huggingface/transformers';
import type { ChatMessage } from '@/lib/gen/llm/prompt';
import { classifyHubError } from './errors';
import type { HubDevice } from './encoder';
import { applyHubSettings, resolveHubSettings, type HubOptions, type TransformersEnvLike } from './settings';
import { hubCatalogModel, inBrowserRuntime, loadHubSingleton, type HubCatalogModel } from './singleton';

export const DEFAULT_TEXT_MODEL = 'smollm2-360m-instruct';
/** Enough for LLM_OUTPUT_SHAPE with a dozen achievements. */
export const MAX_NEW_TOKENS = 640;

export interface HubTextGeneratorOptions extends HubOptions {
  /** Catalog id or hub repo; defaults to SmolLM2 360M Instruct. */
  model?: string;
  device: HubDevice;
  /** Defaults to the catalog's dtype for the device (q4f16 on WebGPU, q4 on WASM/CPU). */
  dtype?: string;
  /** transformers.js download events, forwarded unchanged (one bar per file). */
  onProgress?: (info: ProgressInfo) => void;
}

export interface GenerateTextOptions {
  signal?: AbortSignal;
  maxNewTokens?: number;
  /** Text as it is decoded, for a live preview. */
  onText?: (text: string) => void;
}

export interface HubTextGenerator {
  use: { id: string; device: HubDevice; dtype: string };
  /** The model's own chat template applied to the messages (what the model actually reads). */
  prompt(messages: ChatMessage[]): string;
  /** The assistant's answer to the messages, without the prompt. */
  generate(messages: ChatMessage[], options?: GenerateTextOptions): Promise<string>;
  dispose(): Promise<void>;
}

const loaded = new Map<string, Promise<HubTextGenerator>>();

function textModel(idOrRepo: string): HubCatalogModel {
  return hubCatalogModel(idOrRepo, (model) => model.task === 'text-generation', 'hub text-generation model');
}

/** Renders chat messages with the tokenizer's chat template, ending where the assistant's turn begins. */
export function renderChatPrompt(tokenizer: PreTrainedTokenizer, messages: ChatMessage[]): string {
  const rendered = tokenizer.apply_chat_template(messages, { tokenize: false, add_generation_prompt: true });
  if (typeof rendered !== 'string') throw new Error('The chat template did not render to text.');
  return rendered;
}

export function loadHubTextGenerator(options: HubTextGeneratorOptions): Promise<HubTextGenerator> {
  return loadHubSingleton(loaded, () => textModel(options.model ?? DEFAULT_TEXT_MODEL), options, (model, dtype) => load(model, dtype, options));
}

async function load(model: HubCatalogModel, dtype: string, options: HubTextGeneratorOptions): Promise<HubTextGenerator> {
  const settings = resolveHubSettings(options);
  const { env, pipeline, InterruptableStoppingCriteria, TextStreamer } = await import('@huggingface/transformers');
  applyHubSettings(env as unknown as TransformersEnvLike, settings, { browser: inBrowserRuntime() });

  let generator: Awaited<ReturnType<typeof pipeline<'text-generation'>>>;
  try {
    generator = await pipeline('text-generation', model.source.repo, {
      device: options.device,
      dtype: dtype as never,
      revision: model.source.revision,
      ...(options.onProgress ? { progress_callback: options.onProgress } : {}),
    });
  } catch (error) {
    throw classifyHubError(error, { id: model.id, name: model.name, repo: model.source.repo }, settings);
  }

  const prompt = (messages: ChatMessage[]) => renderChatPrompt(generator.tokenizer, messages);
  const generate = async (messages: ChatMessage[], { signal, maxNewTokens = MAX_NEW_TOKENS, onText }: GenerateTextOptions = {}) => {
    signal?.throwIfAborted();
    const stopping = new InterruptableStoppingCriteria();
    const stop = () => stopping.interrupt();
    signal?.addEventListener('abort', stop, { once: true });
    let text = '';
    const streamer = onText
      ? new TextStreamer(generator.tokenizer, { skip_prompt: true, skip_special_tokens: true, callback_function: (piece: string) => onText((text += piece)) })
      : undefined;
    try {
      const output = await generator(prompt(messages), {
        max_new_tokens: maxNewTokens,
        do_sample: false,
        return_full_text: false,
        stopping_criteria: stopping,
        ...(streamer ? { streamer } : {}),
      });
      signal?.throwIfAborted();
      const first = (Array.isArray(output) ? output[0] : output) as { generated_text: unknown } | undefined;
      if (typeof first?.generated_text !== 'string') throw new Error(`${model.name} returned no text.`);
      return first.generated_text;
    } finally {
      signal?.removeEventListener('abort', stop);
    }
  };

  // One token compiles the WebGPU shaders while the UI still says "loading".
  await generate([{ role: 'user', content: 'Hi' }], { maxNewTokens: 1 });
  return { use: { id: model.id, device: options.device, dtype }, prompt, generate, dispose: () => generator.dispose() };
}
