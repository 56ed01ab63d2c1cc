/**
 * Content hash of an imported file: the key of its stored data and cached analysis, so
 * re-importing the same bytes is instant. xxHash128 in WASM streams at GB/s; WebCrypto
 * has no streaming digest, and a 1 GB file can't be buffered to hash it.
 */
import { createXXHash128 } from 'hash-wasm';
import { readBlob, type ArchiveEntry } from './archive';
import { ProgressTracker, type ProgressListener } from './progress';

export interface ContentHasher {
  update(chunk: Uint8Array): void;
  digest(totalBytes: number): string;
}

export async function createContentHasher(): Promise<ContentHasher> {
  const hasher = await createXXHash128();
  hasher.init();
  return {
    update: (chunk) => hasher.update(chunk),
    digest: (totalBytes) => `xxh128-${totalBytes.toString(36)}-${hasher.digest('hex')}`,
  };
}

export async function hashBlob(blob: Blob, onProgress?: ProgressListener, signal?: AbortSignal): Promise<string> {
  const hasher = await createContentHasher();
  const progress = new ProgressTracker('hashing', blob.size, onProgress);
  let done = 0;
  for await (const chunk of readBlob(blob, signal)) {
    hasher.update(chunk);
    done += chunk.length;
    progress.update(done, 0);
  }
  return hasher.digest(blob.size);
}

/** The same entry, hashing its bytes as they are read: a JSON file is hashed without a second read. */
export function hashingEntry(entry: ArchiveEntry, hasher: ContentHasher): ArchiveEntry {
  return {
    ...entry,
    async *open(signal) {
      for await (const chunk of entry.open(signal)) {
        hasher.update(chunk);
        yield chunk;
      }
    },
  };
}
