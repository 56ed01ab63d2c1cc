/**
 * Shapes of the user's own categories: what is labelled, what a trained custom head reports and
 * how each conversation was classified. Stored in IndexedDB (lib/store/db.ts) and read by the
 * /train page, the dashboard card and the worker alike.
 */
import type { EnsembleMethod } from '../train/ensemble/combine';
import type { Metrics, ModelKind } from '../train';
import type { Layer } from '../ml/heads/format';

export interface CustomCategory {
  id: string;
  name: string;
  /** Optional words that say what belongs here; embedded with the name for the zero-shot member. */
  description: string;
  /** Display and class order. */
  order: number;
}

/** Which labelling a row belongs to: the user's categories, or corrections of the shipped sentiment head. */
export type LabelTask = 'custom' | 'sentiment';

export interface ConversationLabel {
  task: LabelTask;
  importId: string;
  conversationId: string;
  /** A category id (custom) or a sentiment label name. */
  value: string;
  labelledAt: number;
}

export interface MemberScore {
  name: string;
  metrics: Metrics;
  /** Share in the ensemble (1/members unless weighted). */
  weight: number;
}

/** Cross-validated macro-F1 after the first `labels` labels (in labelling order). */
export interface LearningPoint {
  labels: number;
  head: number;
  zeroShot: number;
  ensemble: number;
}

export interface CustomTrainReport {
  model: ModelKind;
  method: EnsembleMethod;
  folds: number;
  labelCount: number;
  categories: { id: string; name: string }[];
  /** The trained head and the zero-shot prototypes, each scored on its own (out of fold). */
  members: MemberScore[];
  ensemble: Metrics;
  curve: LearningPoint[];
  /** Fitting the final head on all labels, the whole cross-validation + curve, and everything. */
  fitMs: number;
  evaluateMs: number;
  totalMs: number;
  trainedAt: number;
}

/** The category each conversation got from the ensemble. */
export interface CategoryAssignment {
  conversationId: string;
  /** YYYY-MM local, or null when the export has no time. */
  month: string | null;
  /** Index into the report's categories. */
  category: number;
  confidence: number;
}

export interface CustomHead {
  importId: string;
  report: CustomTrainReport;
  layers: Layer[];
  assignments: CategoryAssignment[];
}

/** A shipped head adapted to the user's corrections; the ML analysis uses it instead of the shipped one. */
export interface AdaptedHead {
  head: 'sentiment';
  layers: Layer[];
  before: Metrics;
  after: Metrics;
  folds: number;
  corrections: number;
  adaptedAt: number;
}
