/** The training part of the ML worker's protocol: label suggestions, custom heads, adaptation, bench. */
import type { ActiveStrategy } from '@/lib/train/active/types';
import type { EnsembleMethod } from '@/lib/train/ensemble/combine';
import type { ModelKind } from '@/lib/train';
import type { AdaptedHead, CustomTrainReport } from '@/lib/custom/types';

export interface LabelSuggestion {
  conversationId: string;
  title: string;
  /** The start of the first user message. */
  snippet: string;
  /** Why active learning picked it, in words. */
  reason: string;
  /** The current model's guess (a category id), null before any model. */
  guess: string | null;
}

export interface Suggestions {
  /** The strategy that ran (uncertainty falls back to diversity before a model exists) and why. */
  strategy: ActiveStrategy;
  fallback: string | null;
  picks: LabelSuggestion[];
  /** Conversations not labelled yet. */
  unlabelled: number;
}

export interface HeadGuess {
  label: string;
  confidence: number;
}

export interface AdaptItem {
  conversationId: string;
  title: string;
  snippet: string;
  shipped: HeadGuess;
  /** The adapted head's guess, when one is stored. */
  adapted: HeadGuess | null;
}

export interface TrainBenchRow {
  labels: number;
  model: ModelKind;
  /** Fitting the head on every label. */
  fitMs: number;
  /** Cross-validation + zero-shot + ensemble scores (what the Train button waits for, besides the curve). */
  evaluateMs: number;
}

export type TrainRequest =
  | { type: 'suggest'; requestId: number; importId: string; strategy: ActiveStrategy; batch: number; exclude: string[] }
  | { type: 'train'; requestId: number; importId: string; model: ModelKind; method: EnsembleMethod }
  | { type: 'adapt-preview'; requestId: number; importId: string; limit: number }
  | { type: 'adapt'; requestId: number; importId: string }
  | { type: 'train-bench'; requestId: number; sizes: number[] };

export type TrainResponse =
  | { status: 'suggest'; requestId: number; suggestions: Suggestions }
  | { status: 'train'; requestId: number; report: CustomTrainReport }
  | { status: 'adapt-preview'; requestId: number; items: AdaptItem[] }
  | { status: 'adapt'; requestId: number; adapted: AdaptedHead }
  | { status: 'train-bench'; requestId: number; rows: TrainBenchRow[] };
