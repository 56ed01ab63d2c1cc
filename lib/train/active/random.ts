/** Random sampling: the unbiased baseline the other strategies should beat on the learning curve. */
import { sampleIndices } from '../../ml/topics/vectors';
import type { ActivePick, StrategyInput } from './types';

/** `batch` distinct unlabelled rows, ascending, the same for the same seed and pool. */
export function pickRandom({ pool, batch, seed }: StrategyInput): ActivePick[] {
  return sampleIndices(pool.length, batch, seed).map((position) => ({
    index: pool[position]!,
    score: 0,
    reason: 'Picked at random',
  }));
}
