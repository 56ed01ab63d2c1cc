/**
 * A short content hash per text, the key of the vector cache and of deduplication: the same
 * prompt sent twice, or again in a newer export, is embedded once. xxh64 (hash-wasm) is
 * synchronous once loaded and far faster than WebCrypto for many small strings.
 */
import { createXXHash64 } from 'hash-wasm';

export type TextHasher = (text: string) => string;

let hasher: Promise<TextHasher> | undefined;

export function textHasher(): Promise<TextHasher> {
  hasher ??= createXXHash64().then((xxh) => (text: string) => {
    xxh.init();
    xxh.update(text);
    return xxh.digest('hex');
  });
  return hasher;
}
