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

export type IngestResponse =
  | { status: 'progress'; progress: IngestProgress }
  /** The analysis is ready before the conversations are stored: the story can open. */
  | { status: 'analysis'; importId: string; analysis: Analysis }
  | { status: 'complete'; outcome: ImportOutcome }
  | { status: 'error'; error: SerializedImportError };
