/** Shared shapes for choosing which conversations to ask the user to label next. */

export const ACTIVE_STRATEGIES = [
  'uncertainty-margin',
  'uncertainty-entropy',
  'diversity-kcenter',
  'diversity-cluster',
  'random',
] as const;
export type ActiveStrategy = (typeof ACTIVE_STRATEGIES)[number];

export interface PickNextOptions {
  /** `count × dim` embeddings, row-major (USE-lite: 512-d, unit length). */
  vectors: Float32Array;
  count: number;
  dim?: number;
  /** Rows the user already labelled; never picked again. */
  labelled: ReadonlySet<number>;
  /** The current model's `count × classNames.length` probabilities; the uncertainty strategies need them. */
  probabilities?: Float32Array;
  /** Category names in class order, for the reasons. */
  classNames: readonly string[];
  strategy: ActiveStrategy;
  /** How many distinct rows to return (fewer when fewer are unlabelled). */
  batch: number;
  seed: number;
  /** Groups for `diversity-cluster`; by default about √(count / 2). */
  clusters?: number;
  /** A grouping from `fitClusters` to reuse; `diversity-cluster` fits one itself when absent. */
  clustering?: Clustering;
}

/** What `diversity-cluster` needs of a k-means fit: a group per row and `k × dim` centres. */
export interface Clustering {
  assignments: Int32Array;
  centroids: Float32Array;
  k: number;
}

export interface ActivePick {
  index: number;
  /** One sentence for the UI saying why this row was picked. */
  reason: string;
  /**
   * The measure behind the pick: 1 − margin, entropy over ln(classes), cosine distance to the
   * nearest labelled or picked row, or closeness to the group centre; 0 for random picks and for
   * k-center's first "typical" pick when nothing is labelled.
   */
  score: number;
}

export interface PickNextResult {
  /** The strategy that actually ran: an uncertainty strategy falls back to diversity without a model. */
  strategy: ActiveStrategy;
  /** Why the requested strategy was replaced, in words; null when it ran as asked. */
  fallback: string | null;
  picks: ActivePick[];
}

/** What every strategy receives: `pool` is the unlabelled rows, ascending. */
export interface StrategyInput {
  vectors: Float32Array;
  count: number;
  dim: number;
  labelled: ReadonlySet<number>;
  pool: readonly number[];
  batch: number;
  seed: number;
}
