/**
 * USE-lite as a TextEncoderPort: tokenize with the token cap, length-bucketed batches, progress
 * and cancel between batches. The same code runs in the worker (WebGPU/WASM) and in Node.
 */
import type { GraphModel } from '@tensorflow/tfjs-converter';
import { planBatches } from '../batching';
import type { TextEncoderPort } from '../encoder-port';
import type { EncoderUse } from '../types';
import { embedPieces, USE_DIMENSIONS, USE_TOKEN_CAP } from './encoder';
import type { UseTokenizer } from './tokenizer';

export function useLitePort(model: GraphModel, tokenizer: UseTokenizer, use: EncoderUse, tokenCap = USE_TOKEN_CAP): TextEncoderPort {
  // An empty text still needs one piece: "." embeds as a near-neutral vector.
  const fallbackPiece = tokenizer.encode('.');
  return {
    use,
    dimensions: USE_DIMENSIONS,
    async embed(texts, options = {}) {
      const pieces = texts.map((text) => {
        const ids = tokenizer.encode(text, tokenCap);
        return ids.length > 0 ? ids : fallbackPiece;
      });
      const out = new Float32Array(texts.length * USE_DIMENSIONS);
      let done = 0;
      for (const batch of planBatches(pieces.map((ids) => ids.length))) {
        options.signal?.throwIfAborted();
        const vectors = await embedPieces(model, batch.map((i) => pieces[i]!));
        batch.forEach((textIndex, row) => out.set(vectors.subarray(row * USE_DIMENSIONS, (row + 1) * USE_DIMENSIONS), textIndex * USE_DIMENSIONS));
        done += batch.length;
        options.onProgress?.(done);
      }
      return out;
    },
  };
}
