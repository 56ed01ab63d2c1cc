/**
 * What the ML pipeline needs of an encoder and a vector cache, whatever runs them: TF.js on
 * WebGPU/WASM in the worker, WASM in Node, the static student anywhere, a hub model.
 */
import type { EncoderUse } from './types';

export interface TextEncoderPort {
  readonly use: EncoderUse;
  readonly dimensions: number;
  /** Row-major unit vectors, one row per text, in order. Reports texts done; stops on abort. */
  embed(texts: readonly string[], options?: { onProgress?: (done: number) => void; signal?: AbortSignal }): Promise<Float32Array>;
}

export interface VectorCachePort {
  /** Cached vectors for (encoder id, text hash), undefined where missing. */
  getMany(encoderId: string, textHashes: readonly string[]): Promise<(Float32Array | undefined)[]>;
  putMany(encoderId: string, textHashes: readonly string[], vectors: Float32Array, dimensions: number): Promise<void>;
}
