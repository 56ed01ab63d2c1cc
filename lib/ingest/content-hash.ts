/**
 * Content hash of an imported file: the key of its stored data and cached analysis, so
 * re-importing the same bytes is instant. xxHash128 in WASM streams at GB/s; WebCrypto
 * has no streaming digest, and a 1 GB file can't be buffered to hash it.
 */
import { createXXHash128 } from 'hash-wasm';
import { cancelledError } from './import-error';
import { ProgressTracker, type ProgressListener } from './progress';

export async function hashBlob(blob: Blob, onProgress?: ProgressListener, signal?: AbortSignal): Promise<string> {
  const hasher = await createXXHash128();
  hasher.init();
  const progress = new ProgressTracker('hashing', blob.size, onProgress);
  const reader = blob.stream().getReader();
  let done = 0;
  try {
    for (;;) {
      if (signal?.aborted) throw cancelledError();
      const chunk = await reader.read();
      if (chunk.done) break;
      hasher.update(chunk.value);
      done += chunk.value.length;
      progress.update(done, 0);
    }
  } finally {
    reader.releaseLock();
  }
  return `xxh128-${blob.size.toString(36)}-${hasher.digest('hex')}`;
}
