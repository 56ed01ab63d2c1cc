/** The typed message protocol between the UI (useGeneratedTexts) and the generation worker. */
import type { WrappedFacts } from '@/lib/gen/facts';
import type { GenProgress, GenResult } from '@/lib/gen/run';
import type { TextEngine, TextStyle } from '@/lib/gen/types';

export type { GenProgress, GenResult } from '@/lib/gen/run';

export type GenRequest =
  | { type: 'generate'; id: number; facts: WrappedFacts; style: TextStyle; seed: number; engine: TextEngine }
  /** Stops request `id`; it answers `error` with CANCELLED_MESSAGE. */
  | { type: 'cancel'; id: number };

export type GenResponse =
  | { status: 'progress'; id: number; progress: GenProgress }
  | ({ status: 'complete'; id: number } & GenResult)
  | { status: 'error'; id: number; message: string };

export const CANCELLED_MESSAGE = 'Text generation was cancelled.';
