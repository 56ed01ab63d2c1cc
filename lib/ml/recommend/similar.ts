/** Conversations that mean the same thing as a given one. */
import { DEFAULT_DIM, topKByDot } from '../topics/vectors';

export interface SimilarHit {
  /** Row of the similar conversation. */
  index: number;
  /** Cosine similarity (vectors are unit length). */
  similarity: number;
}

/** The `k` rows nearest row `index` by cosine, best first, never the row itself. */
export function similarConversations(vectors: Float32Array, index: number, k: number, dim = DEFAULT_DIM): SimilarHit[] {
  const count = Math.floor(vectors.length / dim);
  if (index < 0 || index >= count || k <= 0) return [];
  const query = vectors.subarray(index * dim, index * dim + dim);
  return topKByDot(vectors, dim, query, k, (row) => row !== index).map((hit) => ({ index: hit.index, similarity: hit.score }));
}
