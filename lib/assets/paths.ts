/**
 * Which zip entries of a ChatGPT export are files a message can show, and what their paths say:
 *   uploads, old naming   file-<id>-<original name>, file_<hex>-<original name>
 *   uploads, new naming   file-<id>.dat (original names in conversation_asset_file_names.json)
 *   DALL·E images         dalle-generations/file-<id>-<uuid>.webp
 *   other generated       user-<account id>/file_<hex>-<uuid>.png
 *   voice audio           <conversation id>/audio/file_<hex>-<uuid>.wav
 * Messages point at them as `file-service://file-<id>` or `sediment://file_<hex>`.
 */
import { extensionOf, kindOfMime, mimeFromName } from './sniff';
import type { AssetKind } from './types';

/** Where a file sits in the export says where it came from. */
export type FolderSource = 'upload' | 'dalle' | 'generated' | 'voice';

export interface AssetPath {
  path: string;
  /** `file-AbC…` or `file_0123…`, the id messages point at; null for files named otherwise. */
  fileId: string | null;
  source: FolderSource;
  /** The upload's original name when the path carries it (old naming). */
  name: string | null;
  /** From the extension; a `.dat` file stays 'file' until its bytes are read. */
  kind: AssetKind;
}

export const ASSET_NAMES_FILE = 'conversation_asset_file_names.json';
const FILE_ID = /^file[-_][A-Za-z0-9]+/;
const ACCOUNT_FOLDER = /^user-[A-Za-z0-9]+$/;

/** `file-service://file-AbC`, `sediment://file_0123` (or a bare id) → `file-AbC`, `file_0123`. */
export function fileIdFromPointer(pointer: string): string | null {
  const scheme = pointer.indexOf('://');
  return FILE_ID.exec(scheme < 0 ? pointer : pointer.slice(scheme + 3))?.[0] ?? null;
}

/** Null for entries that are not asset files (conversations, chat.html, manifests, dot files). */
export function classifyAssetPath(path: string): AssetPath | null {
  const segments = path.split(/[\\/]/).filter((segment) => segment !== '' && segment !== '.');
  const base = segments.pop();
  if (base === undefined || path.endsWith('/') || base.startsWith('.') || segments.includes('__MACOSX')) return null;
  const fileId = FILE_ID.exec(base)?.[0] ?? null;
  const source = folderSource(segments);
  if (source === null && fileId === null) return null;
  const kind = kindOfMime(mimeFromName(base)) ?? (source === 'voice' && extensionOf(base) !== 'dat' ? 'audio' : 'file');
  return { path, fileId, source: source ?? 'upload', name: source === null ? originalName(base, fileId) : null, kind };
}

/** Files the asset linking reads: the assets themselves and the names file. Not "left out". */
export function isAssetFile(path: string): boolean {
  return classifyAssetPath(path) !== null || path.split(/[\\/]/).at(-1) === ASSET_NAMES_FILE;
}

function folderSource(folders: string[]): FolderSource | null {
  if (folders.includes('dalle-generations')) return 'dalle';
  if (folders.some((folder) => ACCOUNT_FOLDER.test(folder))) return 'generated';
  if (folders.at(-1) === 'audio') return 'voice';
  return null;
}

/** `file-AbC-holiday photo.png` → `holiday photo.png`; `file-AbC.dat` → null (the names file tells). */
function originalName(base: string, fileId: string | null): string | null {
  if (fileId === null) return null;
  const rest = base.slice(fileId.length);
  return rest.startsWith('-') && rest.length > 1 ? rest.slice(1) : null;
}
