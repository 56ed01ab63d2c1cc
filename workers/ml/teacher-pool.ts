/**
 * The teacher on several cores: TF.js WASM runs one thread per instance here (see
 * use-lite-runtime.ts), so the ML worker deals texts out to extra single-threaded encoder workers
 * and embeds one share itself. Shares are dealt by length so each gets equal work.
 */
import type { TextEncoderPort } from '@/lib/ml/encoder-port';
import type { EmbedRequest, EmbedResponse } from './pool-protocol';

let nextJob = 1;

function spawn(): Worker {
  return new Worker(new URL('./embed.worker.ts', import.meta.url), { type: 'module', name: 'ml-encoder' });
}

/** Embeds `texts` on one pool member; progress is texts done in this share. */
function embedOn(worker: Worker, texts: string[], onProgress: (done: number) => void, signal?: AbortSignal): Promise<Float32Array> {
  const jobId = nextJob++;
  return new Promise((resolve, reject) => {
    const stop = () => worker.postMessage({ type: 'cancel' } satisfies EmbedRequest);
    signal?.addEventListener('abort', stop, { once: true });
    const finish = () => {
      worker.removeEventListener('message', listen);
      signal?.removeEventListener('abort', stop);
    };
    const listen = ({ data }: MessageEvent<EmbedResponse>) => {
      if (data.jobId !== jobId) return;
      if (data.type === 'progress') return onProgress(data.done);
      finish();
      if (data.type === 'done') resolve(data.vectors);
      else reject(Object.assign(new Error(data.error.message), { code: data.error.code }));
    };
    worker.addEventListener('message', listen);
    worker.postMessage({ type: 'embed', jobId, texts } satisfies EmbedRequest);
  });
}

/** `local` runs in this worker; `extra` more workers run beside it. */
export function teacherPool(local: TextEncoderPort, extra: number): TextEncoderPort {
  // Spawned now, so they load the model while the first texts are still being read.
  const workers = Array.from({ length: extra }, spawn);
  return {
    use: { ...local.use, device: extra > 0 ? `${local.use.device} ×${extra + 1} workers` : local.use.device },
    dimensions: local.dimensions,
    async embed(texts, options = {}) {
      const dims = local.dimensions;
      if (extra === 0 || texts.length < 8) return local.embed(texts, options);
      const shares = extra + 1;
      const order = texts.map((_, i) => i).sort((a, b) => texts[a]!.length - texts[b]!.length);
      const dealt: number[][] = Array.from({ length: shares }, () => []);
      order.forEach((textIndex, rank) => dealt[rank % shares]!.push(textIndex));
      const done = new Array<number>(shares).fill(0);
      const report = (share: number) => (count: number) => {
        done[share] = count;
        options.onProgress?.(done.reduce((sum, n) => sum + n, 0));
      };
      const results = await Promise.all(
        dealt.map((indices, share) => {
          const shareTexts = indices.map((i) => texts[i]!);
          return share === 0
            ? local.embed(shareTexts, { signal: options.signal, onProgress: report(0) })
            : embedOn(workers[share - 1]!, shareTexts, report(share), options.signal);
        }),
      );
      options.signal?.throwIfAborted();
      const out = new Float32Array(texts.length * dims);
      dealt.forEach((indices, share) => indices.forEach((textIndex, row) => out.set(results[share]!.subarray(row * dims, (row + 1) * dims), textIndex * dims)));
      return out;
    },
  };
}
