/** The typed message protocol between the UI (useMl) and the ML worker. */
import type { DeviceChoice, DevicePreference } from '@/lib/ml/device';
import type { MlAnalysis } from '@/lib/ml/types';
import type { SearchHit } from '@/lib/ml/search';
import type { SerializedImportError } from '@/lib/ingest/import-error';
import type { TrainRequest, TrainResponse } from './train-protocol';

export type MlPhase = 'loading' | 'reading' | 'embedding' | 'labelling' | 'topics' | 'language' | 'saving';

export interface MlProgress {
  phase: MlPhase;
  /** Work units of this phase (texts for embedding), 0 when unknown. */
  done: number;
  total: number;
  /** Estimated milliseconds left in this phase, null until it can be told. */
  etaMs: number | null;
}

export interface SimilarConversation {
  conversationId: string;
  title: string;
  similarity: number;
}

export interface BenchRow {
  encoder: string;
  device: string;
  /** Mean milliseconds per batch of `batchSize` real-length texts, and texts per second. */
  msPerBatch: number;
  batchSize: number;
  textsPerSecond: number;
  /** Set when this encoder could not run on this backend here (the numbers are then 0). */
  error?: string;
}

export type MlRequest =
  /** Load the encoders ahead of time (sent when an import starts, so the analysis finds them ready). */
  | { type: 'warm'; preference?: DevicePreference }
  /** Without a preference, the one saved on the models page is used. */
  | { type: 'analyse'; importId: string; timeZone: string; preference?: DevicePreference }
  | { type: 'search'; requestId: number; importId: string; query: string; limit: number }
  | { type: 'similar'; requestId: number; importId: string; conversationId: string; limit: number }
  | { type: 'bench'; requestId: number; importId: string | null }
  | TrainRequest
  | { type: 'cancel' };

export type MlResponse =
  | { status: 'device'; device: DeviceChoice }
  | { status: 'progress'; importId: string; progress: MlProgress }
  | { status: 'complete'; importId: string; analysis: MlAnalysis }
  | { status: 'error'; importId: string | null; error: SerializedImportError }
  | { status: 'search'; requestId: number; hits: SearchHit[] }
  | { status: 'similar'; requestId: number; conversations: SimilarConversation[] }
  | { status: 'bench'; requestId: number; rows: BenchRow[] }
  | TrainResponse
  /** A search, similar, bench or training request failed; analyses report through `error`. */
  | { status: 'failed'; requestId: number; error: SerializedImportError };
