/**
 * Greedy k-center (core-set) diversity: each pick is the unlabelled row farthest, in cosine
 * distance, from everything labelled or already picked, so a batch spreads over unexplored ground.
 */
import { cosineRows, dotRows, rowNorms } from '../../ml/topics/vectors';
import type { ActivePick, StrategyInput } from './types';

/** With nothing labelled there is nothing to be far from: start at the most typical row (closest to the mean direction). */
function mostTypical(vectors: Float32Array, norms: Float64Array, pool: readonly number[], dim: number): ActivePick {
  const mean = new Float32Array(dim);
  for (const row of pool) {
    if (norms[row]! === 0) continue;
    for (let j = 0; j < dim; j++) mean[j]! += vectors[row * dim + j]! / norms[row]!;
  }
  let best = pool[0]!;
  let bestScore = -Infinity;
  for (const row of pool) {
    const score = norms[row]! > 0 ? dotRows(vectors, row, mean, 0, dim) / norms[row]! : -Infinity;
    if (score > bestScore) {
      bestScore = score;
      best = row;
    }
  }
  return { index: best, score: 0, reason: 'Typical of your chats: a good first example' };
}

function farReason(hasLabels: boolean, hasPicks: boolean): string {
  if (!hasLabels) return 'Far from the other picks';
  return hasPicks ? "Far from everything you've labelled and the other picks" : "Far from everything you've labelled";
}

export function pickKCenter({ vectors, count, dim, labelled, pool, batch }: StrategyInput): ActivePick[] {
  if (batch <= 0 || pool.length === 0) return [];
  const norms = rowNorms(vectors, count, dim);
  const nearest = new Float64Array(count).fill(Infinity);
  const taken = new Uint8Array(count);
  const cover = (centre: number) => {
    taken[centre] = 1;
    for (const row of pool) {
      if (taken[row]) continue;
      const distance = 1 - cosineRows(vectors, norms, row, centre, dim);
      if (distance < nearest[row]!) nearest[row] = distance;
    }
  };
  for (const row of labelled) cover(row);
  const picks: ActivePick[] = [];
  if (labelled.size === 0) {
    picks.push(mostTypical(vectors, norms, pool, dim));
    cover(picks[0]!.index);
  }
  while (picks.length < Math.min(batch, pool.length)) {
    let far = -1;
    for (const row of pool) if (!taken[row] && (far < 0 || nearest[row]! > nearest[far]!)) far = row;
    picks.push({
      index: far,
      score: nearest[far]!,
      reason: farReason(labelled.size > 0, picks.length > 0),
    });
    cover(far);
  }
  return picks;
}
