/**
 * Embeds texts once: deduplicated by content hash, looked up in the vector cache, only the
 * missing ones sent to the encoder, and those written back, so a re-import embeds only new text.
 */
import type { TextEncoderPort, VectorCachePort } from '../encoder-port';
import type { TextHasher } from './text-hash';

export interface EmbedResult {
  /** Row-major, one row per input text (duplicates share values). */
  vectors: Float32Array;
  /** Distinct texts, and how many of them the cache already held. */
  distinct: number;
  cacheHits: number;
}

export async function embedWithCache(
  texts: readonly string[],
  encoder: TextEncoderPort,
  cache: VectorCachePort | null,
  hash: TextHasher,
  options: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal } = {},
): Promise<EmbedResult> {
  const dims = encoder.dimensions;
  const encoderId = encoder.use.id;
  const hashes = texts.map(hash);
  const firstIndex = new Map<string, number>();
  hashes.forEach((key, index) => {
    if (!firstIndex.has(key)) firstIndex.set(key, index);
  });
  const distinctHashes = [...firstIndex.keys()];
  const cached = cache ? await cache.getMany(encoderId, distinctHashes) : distinctHashes.map(() => undefined);
  const byHash = new Map<string, Float32Array>();
  const missing: string[] = [];
  distinctHashes.forEach((key, i) => {
    const vector = cached[i];
    if (vector && vector.length === dims) byHash.set(key, vector);
    else missing.push(key);
  });
  const cacheHits = distinctHashes.length - missing.length;
  options.onProgress?.(cacheHits, distinctHashes.length);
  if (missing.length > 0) {
    const computed = await encoder.embed(
      missing.map((key) => texts[firstIndex.get(key)!]!),
      { signal: options.signal, onProgress: (done) => options.onProgress?.(cacheHits + done, distinctHashes.length) },
    );
    missing.forEach((key, row) => byHash.set(key, computed.subarray(row * dims, (row + 1) * dims)));
    if (cache) await cache.putMany(encoderId, missing, computed, dims);
  }
  const vectors = new Float32Array(texts.length * dims);
  hashes.forEach((key, row) => vectors.set(byHash.get(key)!, row * dims));
  return { vectors, distinct: distinctHashes.length, cacheHits };
}
