/**
 * Teacher (USE-lite) vectors for many texts in Node, through the disk cache: each text is
 * embedded once per token cap, in length-bucketed batches.
 */
import path from 'node:path';
import { planBatches } from '../../lib/ml/batching';
import { loadUseLiteInNode } from '../../lib/ml/node/load-use';
import { embedPieces, USE_DIMENSIONS, USE_TOKEN_CAP } from '../../lib/ml/use/encoder';
import { VectorFileCache } from './vector-cache';

export const CACHE_FILE = path.resolve(process.cwd(), '.cache/use-lite-vectors.bin');

let cache: VectorFileCache | undefined;

export async function teacherVectors(texts: readonly string[], label = 'texts', tokenCap = USE_TOKEN_CAP): Promise<Float32Array[]> {
  cache ??= new VectorFileCache(CACHE_FILE);
  const keys = texts.map((text) => VectorFileCache.key(text, tokenCap));
  const missing = [...new Set(keys.map((key, index) => (cache!.get(key) ? -1 : index)).filter((index) => index >= 0))];
  const uniqueMissing = [...new Map(missing.map((index) => [keys[index]!, index])).values()];
  if (uniqueMissing.length > 0) {
    const { model, tokenizer } = await loadUseLiteInNode();
    const pieces = uniqueMissing.map((index) => {
      const ids = tokenizer.encode(texts[index]!, tokenCap);
      return ids.length > 0 ? ids : [tokenizer.encode('.')[0]!];
    });
    const started = performance.now();
    let done = 0;
    for (const batch of planBatches(pieces.map((ids) => ids.length))) {
      const vectors = await embedPieces(model, batch.map((i) => pieces[i]!));
      cache.putMany(batch.map((i) => keys[uniqueMissing[i]!]!), vectors);
      done += batch.length;
      if (done % 500 < batch.length || done === pieces.length) {
        const rate = done / ((performance.now() - started) / 1000);
        process.stderr.write(`  ${label}: embedded ${done}/${pieces.length} (${rate.toFixed(0)}/s)\n`);
      }
    }
  }
  return keys.map((key) => {
    const vector = cache!.get(key);
    if (!vector || vector.length !== USE_DIMENSIONS) throw new Error('teacher vector missing after embedding');
    return vector;
  });
}
