/** A VectorCachePort in memory: the CLI's and benchmarks' stand-in for the IndexedDB cache. */
import type { VectorCachePort } from '../encoder-port';

export function memoryVectorCache(): VectorCachePort & { size(): number } {
  const vectors = new Map<string, Float32Array>();
  const key = (encoderId: string, hash: string) => `${encoderId}\u0000${hash}`;
  return {
    size: () => vectors.size,
    async getMany(encoderId, hashes) {
      return hashes.map((hash) => vectors.get(key(encoderId, hash)));
    },
    async putMany(encoderId, hashes, rows, dimensions) {
      hashes.forEach((hash, i) => vectors.set(key(encoderId, hash), rows.slice(i * dimensions, (i + 1) * dimensions)));
    },
  };
}
