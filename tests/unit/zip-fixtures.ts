/** Builds zip files in memory with zip.js, for tests of the archive layer. */
import { BlobWriter, TextReader, Uint8ArrayReader, ZipWriter } from '@zip.js/zip.js';

export type ZipContent = Record<string, string | Uint8Array>;

export async function makeZip(files: ZipContent, level = 6): Promise<Blob> {
  const writer = new ZipWriter(new BlobWriter('application/zip'), { level, useWebWorkers: false });
  for (const [path, data] of Object.entries(files)) {
    await writer.add(path, typeof data === 'string' ? new TextReader(data) : new Uint8ArrayReader(data));
  }
  return writer.close();
}
