/// <reference lib="webworker" />
/**
 * A pool member: the teacher (USE-lite, TF.js WASM, one thread) embedding the shard of texts
 * the ML worker hands it. Vectors go back as transferred buffers.
 */
import { UseTokenizer, type Vocabulary } from '@/lib/ml/use/tokenizer';
import { serializeError } from '@/lib/ingest/import-error';
import { USE_LITE_BASE, useLiteEncoder } from './use-lite-runtime';
import type { EmbedRequest, EmbedResponse } from './pool-protocol';

declare const self: DedicatedWorkerGlobalScope;

const tokenizer = fetch(`${USE_LITE_BASE}vocab.json`)
  .then((response) => response.json() as Promise<Vocabulary>)
  .then((vocabulary) => new UseTokenizer(vocabulary));
const encoder = useLiteEncoder('wasm', 'wasm-workers', tokenizer);
let current: AbortController | null = null;

const post = (message: EmbedResponse, transfer: Transferable[] = []) => self.postMessage(message, transfer);

self.onmessage = async ({ data }: MessageEvent<EmbedRequest>) => {
  if (data.type === 'cancel') {
    current?.abort();
    return;
  }
  const controller = new AbortController();
  current = controller;
  try {
    const vectors = await (await encoder).embed(data.texts, {
      signal: controller.signal,
      onProgress: (done) => post({ type: 'progress', jobId: data.jobId, done }),
    });
    post({ type: 'done', jobId: data.jobId, vectors }, [vectors.buffer]);
  } catch (error) {
    post({ type: 'error', jobId: data.jobId, error: serializeError(error) });
  }
};
