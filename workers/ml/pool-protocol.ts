/** Messages between the ML worker and its pool of teacher-encoder workers. */
import type { SerializedImportError } from '@/lib/ingest/import-error';

export type EmbedRequest = { type: 'embed'; jobId: number; texts: string[] } | { type: 'cancel' };

export type EmbedResponse =
  | { type: 'progress'; jobId: number; done: number }
  | { type: 'done'; jobId: number; vectors: Float32Array }
  | { type: 'error'; jobId: number; error: SerializedImportError };
