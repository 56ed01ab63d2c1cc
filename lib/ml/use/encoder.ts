/**
 * Universal Sentence Encoder lite on TF.js: piece ids in, L2-normalised 512-d vectors out.
 * Runtime-agnostic: the caller loads the graph model (URL in the browser, files in Node) and
 * picks the backend; this file only builds the sparse input the graph expects.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { GraphModel } from '@tensorflow/tfjs-converter';

export const USE_DIMENSIONS = 512;
/** Pieces kept per text: USE-lite cost grows with length, and the opening of a prompt carries its gist. */
export const USE_TOKEN_CAP = 128;

/**
 * Embeds a batch of tokenized texts. Every entry must hold at least one id.
 * Returns one row-major Float32Array of `batch.length × 512`, each row unit length.
 */
export async function embedPieces(model: GraphModel, batch: readonly number[][]): Promise<Float32Array> {
  let total = 0;
  for (const ids of batch) {
    if (ids.length === 0) throw new Error('embedPieces: every text needs at least one piece id');
    total += ids.length;
  }
  const indices = new Int32Array(total * 2);
  const values = new Int32Array(total);
  let at = 0;
  batch.forEach((ids, row) => {
    ids.forEach((id, position) => {
      indices[at * 2] = row;
      indices[at * 2 + 1] = position;
      values[at] = id;
      at++;
    });
  });
  const inputs = {
    indices: tf.tensor2d(indices, [total, 2], 'int32'),
    values: tf.tensor1d(values, 'int32'),
  };
  try {
    const output = (await model.executeAsync(inputs)) as tf.Tensor;
    const vectors = (await output.data()) as Float32Array;
    output.dispose();
    return normalizeRows(vectors, USE_DIMENSIONS);
  } finally {
    inputs.indices.dispose();
    inputs.values.dispose();
  }
}

export function normalizeRows(vectors: Float32Array, dimensions: number): Float32Array {
  for (let offset = 0; offset < vectors.length; offset += dimensions) {
    let norm = 0;
    for (let i = 0; i < dimensions; i++) norm += vectors[offset + i]! ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let i = 0; i < dimensions; i++) vectors[offset + i]! *= scale;
  }
  return vectors;
}
