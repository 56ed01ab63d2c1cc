/** The IndexedDB vector cache behind the ML pipeline's VectorCachePort. */
import type { VectorCachePort } from '../ml/encoder-port';
import type { VectorRow, WrappedDb } from './db';

export function quantizeVector(vector: Float32Array): { quantized: Int8Array; scale: number } {
  let max = 0;
  for (let i = 0; i < vector.length; i++) max = Math.max(max, Math.abs(vector[i]!));
  const scale = max > 0 ? max / 127 : 1;
  const quantized = new Int8Array(vector.length);
  for (let i = 0; i < vector.length; i++) quantized[i] = Math.round(vector[i]! / scale);
  return { quantized, scale };
}

export function dequantizeVector(row: Pick<VectorRow, 'quantized' | 'scale'>): Float32Array {
  const vector = new Float32Array(row.quantized.length);
  let norm = 0;
  for (let i = 0; i < vector.length; i++) {
    vector[i] = row.quantized[i]! * row.scale;
    norm += vector[i]! ** 2;
  }
  // Re-normalise: downstream code assumes unit vectors.
  const inverse = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < vector.length; i++) vector[i]! *= inverse;
  return vector;
}

export function indexedDbVectorCache(db: WrappedDb): VectorCachePort {
  return {
    async getMany(encoderId, textHashes) {
      const rows = await db.vectors.bulkGet(textHashes.map((hash) => [encoderId, hash] as [string, string]));
      return rows.map((row) => (row ? dequantizeVector(row) : undefined));
    },
    async putMany(encoderId, textHashes, vectors, dimensions) {
      const rows: VectorRow[] = textHashes.map((textHash, i) => ({
        encoderId,
        textHash,
        ...quantizeVector(vectors.subarray(i * dimensions, (i + 1) * dimensions)),
      }));
      await db.vectors.bulkPut(rows);
    },
  };
}
