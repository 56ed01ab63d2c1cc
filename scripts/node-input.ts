/** Opens a path given on the command line (an export file or an unzipped export folder) as an Archive. */
import { openAsBlob } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { archiveFromFiles, openArchive, type Archive } from '../lib/ingest/archive';
import { hashBlob } from '../lib/ingest/content-hash';
import { DEFAULT_LIMITS } from '../lib/ingest/limits';

export interface NodeInput {
  archive: Archive;
  name: string;
  bytes: number;
  contentHash: string;
}

export async function openInput(path: string): Promise<NodeInput> {
  const info = await stat(path);
  if (info.isDirectory()) {
    const paths = await listFiles(path);
    const files = await Promise.all(paths.map(async (file) => ({ path: relative(path, file), blob: await openAsBlob(file) })));
    const whole = new Blob(files.map((file) => file.blob));
    return { archive: archiveFromFiles(files), name: basename(path), bytes: whole.size, contentHash: await hashBlob(whole) };
  }
  const blob = await openAsBlob(path);
  return { archive: await openArchive(blob, basename(path), DEFAULT_LIMITS), name: basename(path), bytes: blob.size, contentHash: await hashBlob(blob) };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : Promise.resolve([join(dir, entry.name)]))),
  );
  return nested.flat().sort();
}
