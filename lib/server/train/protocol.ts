/** Messages between a server training job and its worker thread. */
import type { Layer } from '../../ml/heads/format';
import type { ModelKind } from '../../train';
import type { DatasetRow } from './dataset';
import type { TrainingSpec } from './schema';

export interface JobWorkerInput {
  spec: TrainingSpec;
  rows: DatasetRow[];
  /** Class names in output order; each row's label is one of them. */
  classes: string[];
}

export interface JobMetrics {
  macroF1: number;
  accuracy: number;
  ece: number;
  logLoss: number;
  perLabelF1: Record<string, number | null>;
  perFold: { macroF1: number; accuracy: number; ece: number; logLoss: number }[];
}

export interface JobTrial {
  index: number;
  params: Record<string, string | number | boolean>;
  /** Cross-validated macro-F1; null for a failed trial. */
  score: number | null;
}

export interface JobWorkerResult {
  kind: ModelKind;
  layers: Layer[];
  encoderId: string;
  params: Record<string, string | number | boolean>;
  iterations: number;
  metrics: JobMetrics;
  trials: JobTrial[];
}

export type JobWorkerMessage =
  | { type: 'progress'; progress: number }
  | { type: 'done'; result: JobWorkerResult }
  | { type: 'error'; message: string };
