/**
 * In-browser training time for n labelled vectors: synthetic 4-class 512-d sets (the
 * encoder's width) through the same code the Train button runs — cross-validated ensemble scores,
 * then the final head — for the logistic and the MLP head.
 */
import { evaluateEnsemble, fitCategoryHead } from '@/lib/custom/train-categories';
import { clusters } from '@/lib/train/synthetic';
import type { ModelKind } from '@/lib/train';
import type { TrainBenchRow } from './train-protocol';

const CLASSES = 4;
const DIMS = 512;
const MODELS: ModelKind[] = ['logistic', 'mlp'];

export async function benchTraining(sizes: readonly number[]): Promise<TrainBenchRow[]> {
  const rows: TrainBenchRow[] = [];
  for (const size of sizes) {
    const set = clusters(size, { classes: CLASSES, perClass: Math.ceil(size / CLASSES), dims: DIMS, separation: 0.6 });
    const labelled = { ...set, count: size, vectors: set.vectors.subarray(0, size * DIMS), labels: set.labels.subarray(0, size) };
    const prototypes = clusters(1, { classes: CLASSES, perClass: 1, dims: DIMS }).vectors;
    for (const model of MODELS) {
      const options = { model, method: 'weighted' as const, seed: 1 };
      const evaluateStarted = performance.now();
      await evaluateEnsemble(labelled, prototypes, options);
      const evaluateMs = performance.now() - evaluateStarted;
      const fitStarted = performance.now();
      fitCategoryHead(labelled, options);
      rows.push({ labels: size, model, fitMs: performance.now() - fitStarted, evaluateMs });
    }
  }
  return rows;
}
