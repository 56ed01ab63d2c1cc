/**
 * One view over every input shape: a single JSON file, a zip, or a set of files (a dropped
 * folder, or the CLI's folder argument). Entries are streamed, never read whole.
 */
import { BlobReader, ERR_INVALID_UNCOMPRESSED_SIZE, ZipReader, configure, type FileEntry } from '@zip.js/zip.js';
import { countOf } from '../view/language';
import { ImportError, cancelledError } from './import-error';
import { RATIO_CHECK_MIN_BYTES, formatBytes, type ImportLimits } from './limits';

// We already run inside a worker; zip.js must not spawn more, and inflates with the
// platform's native DecompressionStream where it exists.
configure({ useWebWorkers: false });

export interface ArchiveEntry {
  path: string;
  /** Uncompressed size as declared. */
  size: number;
  open(signal?: AbortSignal): AsyncIterable<Uint8Array>;
}

export interface Archive {
  kind: 'zip' | 'json' | 'files';
  entries: ArchiveEntry[];
}

export interface NamedBlob {
  path: string;
  blob: Blob;
}

const ZIP_MAGIC = [0x50, 0x4b];

/** Decides by content (magic bytes), never by file name. */
export async function openArchive(blob: Blob, name: string, limits: ImportLimits): Promise<Archive> {
  if (blob.size > limits.maxFileBytes) {
    throw new ImportError(
      'too_large',
      `${name} is ${formatBytes(blob.size)}, above the ${formatBytes(limits.maxFileBytes)} this device can take.`,
      'Split the export (ChatGPT offers sharded exports) or free storage, then try again.',
    );
  }
  if (blob.size === 0) {
    throw new ImportError('empty_export', `${name} is empty (0 bytes).`, 'Export your data again and drop the new file.');
  }
  const head = new Uint8Array(await blob.slice(0, 512).arrayBuffer());
  if (head[0] === ZIP_MAGIC[0] && head[1] === ZIP_MAGIC[1]) return openZip(blob, name, limits);
  const first = firstMeaningfulChar(head);
  if (first === '[' || first === '{') return { kind: 'json', entries: [blobEntry({ path: name, blob })] };
  throw notAnExport(name, head, first);
}

export function archiveFromFiles(files: NamedBlob[]): Archive {
  return { kind: 'files', entries: files.map(blobEntry) };
}

function blobEntry({ path, blob }: NamedBlob): ArchiveEntry {
  return { path, size: blob.size, open: (signal) => readBlob(blob, signal) };
}

export async function* readBlob(blob: Blob, signal?: AbortSignal): AsyncIterable<Uint8Array> {
  const reader = blob.stream().getReader();
  try {
    for (;;) {
      if (signal?.aborted) throw cancelledError();
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

async function openZip(blob: Blob, name: string, limits: ImportLimits): Promise<Archive> {
  const files = await listZipFiles(blob, name, limits);
  checkZipBomb(files, name, limits);
  const seen = new Set<string>();
  const entries: ArchiveEntry[] = [];
  for (const file of files) {
    // A crafted zip may repeat a name to have one file read twice; the first one counts, as in unzip tools.
    if (!isSafePath(file.filename) || seen.has(file.filename)) continue;
    seen.add(file.filename);
    entries.push(zipEntry(file, limits));
  }
  return { kind: 'zip', entries };
}

/** The zip's files (not folders), counted as zip.js lists them so a zip of a million empty entries stops early. */
async function listZipFiles(blob: Blob, name: string, limits: ImportLimits): Promise<FileEntry[]> {
  const files: FileEntry[] = [];
  let listed = 0;
  try {
    // Unsafe names are filtered by the caller rather than failing the whole export: nothing is
    // ever extracted to disk here, so such an entry is merely ignored.
    for await (const entry of new ZipReader(new BlobReader(blob)).getEntriesGenerator({ filenameValidation: 'tolerant' })) {
      if (++listed > limits.maxZipEntries) throw tooManyEntries(name, limits);
      if (!entry.directory) files.push(entry);
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      'not_an_export',
      `${name} starts like a zip but its table of contents can't be read (${error instanceof Error ? error.message : 'unknown error'}).`,
      'The zip is probably incomplete. Download the export again and drop it without unpacking.',
    );
  }
  return files;
}

function tooManyEntries(name: string, limits: ImportLimits): ImportError {
  return new ImportError(
    'too_large',
    `${name} lists more than ${countOf(limits.maxZipEntries, 'file')}: far more than a chat export holds, and more than this page can index.`,
    'If it is a whole Google Takeout, export only "My Activity" (JSON) for Gemini Apps; otherwise drop the conversations file alone.',
  );
}

function checkZipBomb(files: FileEntry[], name: string, limits: ImportLimits): void {
  const expanded = files.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (expanded > limits.maxExpandedBytes) {
    throw new ImportError(
      'zip_bomb',
      `${name} would expand to ${formatBytes(expanded)}, above the ${formatBytes(limits.maxExpandedBytes)} limit.`,
      'No real chat export is that big. If yours is, unzip it and drop its conversations files instead.',
    );
  }
  for (const entry of files) {
    if (entry.uncompressedSize < RATIO_CHECK_MIN_BYTES) continue;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (ratio > limits.maxCompressionRatio) {
      throw new ImportError(
        'zip_bomb',
        `${entry.filename} in ${name} expands ${Math.round(ratio)}× (${formatBytes(entry.compressedSize)} → ${formatBytes(entry.uncompressedSize)}): that is a zip bomb, not an export.`,
        'Drop the export zip exactly as the assistant provided it.',
      );
    }
  }
  // Many entries each too small for the check above can still add up to a bomb.
  const compressed = files.reduce((sum, entry) => sum + entry.compressedSize, 0);
  const ratio = expanded / Math.max(1, compressed);
  if (expanded >= RATIO_CHECK_MIN_BYTES && ratio > limits.maxCompressionRatio) {
    throw new ImportError(
      'zip_bomb',
      `${name} expands ${Math.round(ratio)}× overall (${formatBytes(compressed)} → ${formatBytes(expanded)} in ${countOf(files.length, 'file')}): that is a zip bomb, not an export.`,
      'Drop the export zip exactly as the assistant provided it.',
    );
  }
}

/**
 * Entries with absolute paths (`/`, `C:`, `\\server`), `..` segments or control characters
 * (NUL can cut a name short in other tools) are never read: they only appear in crafted zips.
 */
function isSafePath(path: string): boolean {
  if (path.startsWith('/') || path.startsWith('\\') || /^[a-zA-Z]:/.test(path)) return false;
  if (/[\u0000-\u001f\u007f]/.test(path)) return false;
  return !path.split(/[\\/]/).includes('..');
}

function zipEntry(entry: FileEntry, limits: ImportLimits): ArchiveEntry {
  return {
    path: entry.filename,
    size: entry.uncompressedSize,
    open: (signal) => readZipEntry(entry, limits, signal),
  };
}

async function* readZipEntry(entry: FileEntry, limits: ImportLimits, signal?: AbortSignal): AsyncIterable<Uint8Array> {
  if (signal?.aborted) throw cancelledError();
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const reader = readable.getReader();
  const extraction = entry.getData(writable, { signal });
  // A failed extraction never closes the stream: end the read loop so `await extraction` reports it.
  extraction.catch(() => reader.cancel().catch(() => undefined));
  // Declared sizes can lie; the bytes actually inflated are what count.
  const cap = Math.min(limits.maxExpandedBytes, Math.max(entry.uncompressedSize, 1) * 1.01 + 1024);
  let produced = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      produced += value.length;
      if (produced > cap) throw sizeLie(entry);
      yield value;
    }
    await extraction;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (signal?.aborted) throw cancelledError();
    if (error instanceof Error && error.message === ERR_INVALID_UNCOMPRESSED_SIZE) throw sizeLie(entry);
    throw new ImportError(
      'not_an_export',
      `${entry.filename} could not be unzipped (${error instanceof Error ? error.message : 'unknown error'}).`,
      'The zip is probably damaged or incomplete. Download the export again.',
    );
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** zip.js stops at the declared size too (ERR_INVALID_UNCOMPRESSED_SIZE); both mean the same lie. */
function sizeLie(entry: FileEntry): ImportError {
  return new ImportError(
    'zip_bomb',
    `${entry.filename} inflates beyond the size its zip header declares (${formatBytes(entry.uncompressedSize)}).`,
    'The zip was tampered with or damaged. Download the export again.',
  );
}

function firstMeaningfulChar(head: Uint8Array): string | null {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  for (; i < head.length; i++) {
    const c = head[i]!;
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return String.fromCharCode(c);
  }
  return null;
}

function notAnExport(name: string, head: Uint8Array, first: string | null): ImportError {
  const text = new TextDecoder().decode(head.subarray(0, 64)).toLowerCase();
  const expected = 'Drop the export .zip from ChatGPT or Claude, its conversations.json, or Google Takeout’s Gemini MyActivity.json (or the Takeout zip).';
  if (first === '<' || text.includes('<html') || text.includes('<!doctype')) {
    return new ImportError(
      'not_an_export',
      `${name} is an HTML page. The HTML versions of exports (chat.html, My Activity.html) don't carry the data needed.`,
      `${expected} For Gemini, choose JSON as the format in Google Takeout.`,
    );
  }
  if (first === null) {
    return new ImportError('empty_export', `${name} contains only blank space.`, expected);
  }
  const kind = sniffKnownBinary(head);
  return new ImportError(
    'not_an_export',
    `${name} is ${kind ?? 'neither a zip nor JSON'}, so it can't be a chat export.`,
    expected,
  );
}

function sniffKnownBinary(head: Uint8Array): string | null {
  const ascii = String.fromCharCode(...head.subarray(0, 8));
  if (ascii.startsWith('%PDF')) return 'a PDF document';
  if (ascii.startsWith('\x89PNG')) return 'a PNG image';
  if (head[0] === 0xff && head[1] === 0xd8) return 'a JPEG image';
  if (ascii.startsWith('GIF8')) return 'a GIF image';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'a gzip file (not a zip)';
  if (ascii.startsWith('Rar!')) return 'a RAR archive';
  if (ascii.startsWith('7z')) return 'a 7-Zip archive';
  return null;
}
