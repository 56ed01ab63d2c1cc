/** The typed message protocol between the UI (useImporter) and the ingest worker. */
import type { Analysis, ImportSummary } from '@/lib/analysis/types';
import type { SerializedImportError } from '@/lib/ingest/import-error';
import type { IngestProgress } from '@/lib/ingest/progress';

export interface DroppedFile {
  /** Path inside a dropped folder, or the file name. */
  path: string;
  file: Blob;
}

export type IngestRequest =
  | { type: 'import'; files: DroppedFile[]; timeZone: string }
  /** `assets`: the demo as a zip with files (photos, generated pictures, voice clips), not just its JSON. */
  | { type: 'demo'; timeZone: string; assets?: boolean }
  | { type: 'reanalyse'; importId: string; timeZone: string }
  | { type: 'cancel' };

/** How the new import relates to what was stored before. */
/** `reanalysed`: a stored import's analysis was recomputed (new analysis version); nothing was read. */
export type ImportRelation = 'new' | 'same-file' | 'newer-export' | 'other-account' | 'reanalysed';

export interface ImportOutcome {
  importId: string;
  summary: ImportSummary;
  relation: ImportRelation;
  /** Milliseconds from the request to the stored analysis. */
  elapsedMs: number;
}

/**
 * A progress report as the UI gets it: the pipeline's IngestProgress plus what its numbers
 * count. The UI tells the time left itself (lib/view/eta.ts); `etaMs` is not shown.
 */
export interface ImportProgress extends IngestProgress {
  /**
   * What bytesDone/bytesTotal count: 'file' — the dropped file's own bytes (or, for a dropped
   * folder, its files'); 'unpacked' — files inside a zip as they inflate (more than the zip's
   * size); 'none' — this phase reads no bytes (analysing): both are 0.
   */
  bytesOf: 'file' | 'unpacked' | 'none';
  /** Phase 'analysing': the messages counted in the conversations read. */
  messages?: number;
  /** Phase 'analysing' of a stored import: `conversations` re-read so far, of this many. */
  conversationsTotal?: number;
}

export type IngestResponse =
  | { status: 'progress'; progress: ImportProgress }
  /** The analysis is ready before the conversations are stored: the story can open. */
  | { status: 'analysis'; importId: string; analysis: Analysis }
  | { status: 'complete'; outcome: ImportOutcome }
  | { status: 'error'; error: SerializedImportError };
