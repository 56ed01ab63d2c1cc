/**
 * Active learning's one entry point: which unlabelled conversations to ask the user about next,
 * each with the reason in words.
 */
import { DEFAULT_DIM } from '../../ml/topics/vectors';
import { assertProbabilityShape } from '../ensemble/probability-rows';
import { pickByCluster } from './cluster';
import { pickKCenter } from './kcenter';
import { pickRandom } from './random';
import type { PickNextOptions, PickNextResult, StrategyInput } from './types';
import { pickUncertain } from './uncertainty';

function validate({ vectors, count, dim, batch }: { vectors: Float32Array; count: number; dim: number; batch: number }): void {
  if (!Number.isInteger(count) || count < 0) throw new Error(`pickNext: count must be a whole number ≥ 0, got ${count}`);
  if (!Number.isInteger(dim) || dim < 1) throw new Error(`pickNext: dim must be a whole number ≥ 1, got ${dim}`);
  if (vectors.length < count * dim) throw new Error(`pickNext: ${count} rows of ${dim} need ${count * dim} values, got ${vectors.length}`);
  if (!Number.isInteger(batch) || batch < 0) throw new Error(`pickNext: batch must be a whole number ≥ 0, got ${batch}`);
}

/** Why an uncertainty strategy cannot run yet, or null when it can. */
function uncertaintyBlocker(options: PickNextOptions, labelled: ReadonlySet<number>): string | null {
  if (labelled.size === 0) return 'Nothing is labelled yet, so these were picked for variety instead of model uncertainty';
  if (!options.probabilities) return 'No model is trained yet, so these were picked for variety instead of model uncertainty';
  return null;
}

export function pickNext(options: PickNextOptions): PickNextResult {
  const dim = options.dim ?? DEFAULT_DIM;
  const { vectors, count, batch, seed, strategy, classNames } = options;
  validate({ vectors, count, dim, batch });
  // Labels for rows outside this set of vectors (e.g. a deleted conversation) are simply ignored.
  const labelled = new Set([...options.labelled].filter((row) => Number.isInteger(row) && row >= 0 && row < count));
  const pool: number[] = [];
  for (let row = 0; row < count; row++) if (!labelled.has(row)) pool.push(row);
  const input: StrategyInput = { vectors, count, dim, labelled, pool, batch, seed };
  const byCluster = () => pickByCluster({ ...input, clusters: options.clusters, clustering: options.clustering });

  if (strategy === 'uncertainty-margin' || strategy === 'uncertainty-entropy') {
    const fallback = uncertaintyBlocker(options, labelled);
    if (fallback) return { strategy: 'diversity-cluster', fallback, picks: byCluster() };
    const probabilities = options.probabilities!;
    assertProbabilityShape(probabilities, count, classNames.length, 'pickNext probabilities');
    const measure = strategy === 'uncertainty-margin' ? 'margin' : 'entropy';
    return { strategy, fallback: null, picks: pickUncertain(measure, { probabilities, classNames, pool, batch }) };
  }
  const picks = strategy === 'diversity-kcenter' ? pickKCenter(input) : strategy === 'diversity-cluster' ? byCluster() : pickRandom(input);
  return { strategy, fallback: null, picks };
}
