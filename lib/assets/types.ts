/**
 * What an import's files are: every image, voice clip and upload of an export, linked to the
 * message that shows it. Shared by the ingest worker (which stores them), the vision and speech
 * workers (which read them) and the CLI.
 */
import type { Role } from '../model/conversation';

export type AssetKind = 'image' | 'audio' | 'video' | 'file';
/** upload: the user's file; dalle: under dalle-generations/; generated: other generated images (user-<id>/ or metadata.generation); voice: voice-mode audio/video; attachment: Claude attachment metadata (no bytes in Claude exports). */
export type AssetSource = 'upload' | 'dalle' | 'generated' | 'voice' | 'attachment';

export interface AssetRecord {
  importId: string;
  /** Stable within an import: the file id of the pointer (`file-AbC…`, `file_0123…`), else the zip path. */
  assetId: string;
  /** Zip entry path; null when a message points at a file the export lacks. */
  path: string | null;
  kind: AssetKind;
  source: AssetSource;
  conversationId: string | null; // null for extra files no message references
  messageId: string | null;
  role: Role | null;
  time: number | null; // epoch ms of the message, else null
  name: string | null; // original file name when known
  mimeType: string | null;
  bytes: number | null;
  width?: number;
  height?: number;
  durationSeconds?: number; // audio: WAV header or export metadata
  transcript?: string; // audio: the export's own transcription, used as is
}

/** Dexie row: the record plus the bytes (absent when the file is missing or metadata-only). */
export interface AssetRow extends AssetRecord {
  blob?: Blob;
}

export interface AssetReport {
  linked: number; // assets with both a message and a file
  byKind: Record<AssetKind, number>;
  bySource: Record<AssetSource, number>;
  missing: { count: number; examples: { pointer: string; conversationId: string; kind: AssetKind }[] }; // referenced, no file (≤ 20 examples)
  extra: { count: number; examples: string[] }; // file, no reference (≤ 20 examples)
  bytes: number;
  audioSeconds: number;
  /**
   * What was imported: a lone JSON file ('json') cannot hold any file, so its `missing` count is
   * expected rather than a sign of a damaged export. Absent in reports built before it existed.
   */
  input?: 'zip' | 'json' | 'files';
}
