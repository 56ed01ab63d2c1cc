/**
 * Reads the planned assets' files, one at a time: the bytes (for storage) or just the head (for
 * the CLI's counts), and what they say about themselves — type, pixel size, audio length. The
 * file's own bytes beat the export's metadata and the file name.
 */
import type { ArchiveEntry } from '../ingest/archive';
import { ImportError, cancelledError } from '../ingest/import-error';
import type { PlannedAsset } from './link';
import { imageSize, kindOfMime, mimeFromBytes, mimeFromName } from './sniff';
import type { AssetRecord } from './types';
import { readWavInfo } from './wav';

export interface ResolvedAsset {
  record: AssetRecord;
  /** The file's bytes (mode 'blob' only); absent when the export lacks the file. */
  blob?: Blob;
}

export interface AssetReadProgress {
  done: number;
  total: number;
  bytesDone: number;
  bytesTotal: number;
}

export interface ReadAssetsOptions {
  /** 'blob': the whole file, for storage; 'head': its first bytes, enough for type, size and length. */
  mode: 'blob' | 'head';
  signal?: AbortSignal;
  onProgress?: (progress: AssetReadProgress) => void;
}

/** Enough for every header we read (a WAV's `fmt ` may sit behind a long `LIST` chunk). */
const HEAD_BYTES = 64 * 1024;

export async function* readAssets(planned: PlannedAsset[], options: ReadAssetsOptions): AsyncGenerator<ResolvedAsset> {
  const withFiles = planned.filter((asset) => asset.file !== null);
  const progress: AssetReadProgress = { done: 0, total: withFiles.length, bytesDone: 0, bytesTotal: withFiles.reduce((sum, asset) => sum + asset.file!.entry.size, 0) };
  for (const { record, file } of planned) {
    if (options.signal?.aborted) throw cancelledError();
    if (!file) {
      yield { record };
      continue;
    }
    const read = await readFile(file.entry, options);
    progress.done++;
    progress.bytesDone += file.entry.size;
    options.onProgress?.({ ...progress });
    if (read === null) {
      // A damaged entry is a missing file: a message's asset keeps its record, an unreferenced one is dropped.
      if (record.conversationId !== null) yield { record: { ...record, path: null } };
      continue;
    }
    const resolved = withFileFacts(record, read.head, read.bytes);
    yield read.chunks ? { record: resolved, blob: new Blob(read.chunks as BlobPart[], { type: resolved.mimeType ?? '' }) } : { record: resolved };
  }
}

/** What the file says about itself, merged over what the export said. */
function withFileFacts(record: AssetRecord, head: Uint8Array, bytes: number): AssetRecord {
  const sniffed = mimeFromBytes(head);
  const mimeType = sniffed ?? mimeFromName(record.name ?? record.path ?? '') ?? record.mimeType;
  // Bytes decide; without them a name only refines a kind nothing else told (a `.dat` file).
  const kind = sniffed ? kindOfMime(sniffed)! : record.kind === 'file' ? (kindOfMime(mimeType) ?? 'file') : record.kind;
  const resolved: AssetRecord = { ...record, mimeType, kind, bytes };
  // A file no message mentions that turns out to be sound is voice audio (new exports store it as .dat).
  if (record.conversationId === null && (kind === 'audio' || kind === 'video')) resolved.source = 'voice';
  const size = kind === 'image' ? imageSize(head) : null;
  if (size) Object.assign(resolved, size);
  const wav = kind === 'audio' ? readWavInfo(head, bytes) : null;
  if (wav) resolved.durationSeconds = wav.durationSeconds;
  return resolved;
}

interface FileRead {
  head: Uint8Array;
  bytes: number;
  chunks: Uint8Array[] | null;
}

async function readFile(entry: ArchiveEntry, { mode, signal }: ReadAssetsOptions): Promise<FileRead | null> {
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  try {
    for await (const chunk of entry.open(signal)) {
      chunks.push(chunk);
      bytes += chunk.length;
      if (mode === 'head' && bytes >= HEAD_BYTES) break;
    }
  } catch (error) {
    if (signal?.aborted) throw cancelledError();
    // Hostile archives stop the import; a merely damaged entry only loses its file.
    if (error instanceof ImportError && error.code === 'zip_bomb') throw error;
    return null;
  }
  const head = concat(chunks, HEAD_BYTES);
  return mode === 'blob' ? { head, bytes, chunks } : { head, bytes: entry.size, chunks: null };
}

function concat(chunks: Uint8Array[], limit: number): Uint8Array {
  const head = new Uint8Array(Math.min(limit, chunks.reduce((sum, chunk) => sum + chunk.length, 0)));
  let offset = 0;
  for (const chunk of chunks) {
    if (offset >= head.length) break;
    const part = chunk.subarray(0, head.length - offset);
    head.set(part, offset);
    offset += part.length;
  }
  return head;
}
