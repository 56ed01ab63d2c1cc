/**
 * The asset files of an archive, indexed by the file id messages point at. New exports name
 * uploads `file-<id>.dat` and keep the original names in conversation_asset_file_names.json
 * (`{"file-<id>.dat": "holiday.png"}`); that file is read here, and a broken one only costs the names.
 */
import type { Archive, ArchiveEntry } from '../ingest/archive';
import { cancelledError } from '../ingest/import-error';
import { ASSET_NAMES_FILE, classifyAssetPath, type AssetPath } from './paths';

export interface CatalogFile extends AssetPath {
  entry: ArchiveEntry;
}

/** A names file beyond this is not an export's (a real one holds one short line per upload). */
const MAX_NAMES_BYTES = 32 * 1024 ** 2;

export class AssetCatalog {
  private readonly byId = new Map<string, CatalogFile[]>();

  constructor(readonly files: CatalogFile[]) {
    for (const file of files) {
      if (file.fileId === null) continue;
      const same = this.byId.get(file.fileId);
      if (same) same.push(file);
      else this.byId.set(file.fileId, [file]);
    }
  }

  static readonly empty = new AssetCatalog([]);

  /** A lone JSON file has no asset files, whatever it is called. */
  static async open(archive: Archive, signal?: AbortSignal): Promise<AssetCatalog> {
    if (archive.kind === 'json') return AssetCatalog.empty;
    const namesEntry = archive.entries.find((entry) => baseName(entry.path) === ASSET_NAMES_FILE);
    const names = namesEntry ? await readAssetFileNames(namesEntry, signal) : new Map<string, string>();
    const files: CatalogFile[] = [];
    for (const entry of archive.entries) {
      const classified = classifyAssetPath(entry.path);
      if (!classified) continue;
      const name = classified.name ?? namedInFile(names, entry.path, classified.fileId);
      files.push({ ...classified, name, entry });
    }
    return new AssetCatalog(files);
  }

  /** Files with this id; the one under `prefer` (e.g. dalle-generations/) first when there are several. */
  find(fileId: string, prefer?: AssetPath['source']): CatalogFile | undefined {
    const files = this.byId.get(fileId);
    return files?.find((file) => file.source === prefer) ?? files?.[0];
  }
}

/** `conversation_asset_file_names.json` → names keyed by file id (`file-AbC`) and by entry name (`file-AbC.dat`). */
function parseAssetFileNames(json: unknown): Map<string, string> {
  const names = new Map<string, string>();
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return names;
  for (const [key, value] of Object.entries(json)) {
    if (typeof value !== 'string' || value.trim() === '') continue;
    const base = baseName(key);
    names.set(base, value);
    names.set(base.replace(/\.dat$/i, ''), value);
  }
  return names;
}

async function readAssetFileNames(entry: ArchiveEntry, signal?: AbortSignal): Promise<Map<string, string>> {
  if (entry.size > MAX_NAMES_BYTES) return new Map();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for await (const chunk of entry.open(signal)) {
      text += decoder.decode(chunk, { stream: true });
      if (text.length > MAX_NAMES_BYTES) return new Map();
    }
    return parseAssetFileNames(JSON.parse(text + decoder.decode()));
  } catch {
    // The names only label files; without them every file is still linked by its id.
    if (signal?.aborted) throw cancelledError();
    return new Map();
  }
}

function namedInFile(names: Map<string, string>, path: string, fileId: string | null): string | null {
  return names.get(baseName(path)) ?? (fileId === null ? undefined : names.get(fileId)) ?? null;
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
