/**
 * Cluster-based diversity: group all rows with seeded k-means, then ask about the row nearest the
 * centre of the groups with the fewest labels, so every kind of conversation gets examples early.
 */
import { formatNumber } from '../../view/format';
import { countOf } from '../../view/language';
import { kmeans, type KMeansResult } from '../../ml/topics/kmeans';
import { dotRows } from '../../ml/topics/vectors';
import type { ActivePick, Clustering, StrategyInput } from './types';

/** About √(count / 2) groups (a common rule of thumb), at least enough for one pick each, at most 32 (the k-means fit is the slow part). */
export function defaultClusterCount(count: number, batch: number): number {
  return Math.min(count, Math.max(2, batch, Math.min(32, Math.round(Math.sqrt(count / 2)))));
}

interface Group {
  size: number;
  labelled: number;
  picked: number;
  /** Unlabelled members, nearest the centroid first. */
  candidates: { index: number; closeness: number }[];
}

function groupReason(group: Group): string {
  const chats = countOf(group.size, 'chat');
  return group.labelled === 0
    ? `Represents a group of ${chats} with no label yet`
    : `Represents a group of ${chats} with only ${formatNumber(group.labelled)} labelled`;
}

/**
 * The grouping `diversity-cluster` uses. It ignores labels, so a caller asking round after round
 * can fit it once and pass it back as `clustering` (~0.9 s for 5,000 × 512 on one core).
 */
export function fitClusters(vectors: Float32Array, count: number, dim: number, clusters: number, seed: number): KMeansResult {
  return kmeans(vectors, count, dim, clusters, { seed, maxIterations: 20, tolerance: 0.01 });
}

export function pickByCluster(input: StrategyInput & { clusters?: number; clustering?: Clustering }): ActivePick[] {
  const { vectors, count, dim, labelled, pool, batch, seed } = input;
  if (batch <= 0 || pool.length === 0) return [];
  const fit = input.clustering ?? fitClusters(vectors, count, dim, input.clusters ?? defaultClusterCount(count, batch), seed);
  if (fit.assignments.length !== count || fit.centroids.length !== fit.k * dim) {
    throw new Error(`pickNext clustering: expected ${count} assignments and ${fit.k} × ${dim} centroids, got ${fit.assignments.length} and ${fit.centroids.length} values`);
  }
  const groups: Group[] = Array.from({ length: fit.k }, () => ({ size: 0, labelled: 0, picked: 0, candidates: [] }));
  for (let row = 0; row < count; row++) {
    const group = groups[fit.assignments[row]!]!;
    group.size++;
    if (labelled.has(row)) group.labelled++;
  }
  for (const row of pool) {
    // argmin ‖x − c‖² over one cluster's rows = argmax 2x·c − ‖x‖² (‖c‖² is the same for all of them).
    const closeness = 2 * dotRows(vectors, row, fit.centroids, fit.assignments[row]!, dim) - dotRows(vectors, row, vectors, row, dim);
    groups[fit.assignments[row]!]!.candidates.push({ index: row, closeness });
  }
  for (const group of groups) group.candidates.sort((a, b) => b.closeness - a.closeness || a.index - b.index);

  const picks: ActivePick[] = [];
  while (picks.length < Math.min(batch, pool.length)) {
    // Fewest labels (counting this batch's picks) first; among equals, the bigger group.
    let best: Group | undefined;
    for (const group of groups) {
      if (group.picked === group.candidates.length) continue;
      const need = group.labelled + group.picked;
      if (!best || need < best.labelled + best.picked || (need === best.labelled + best.picked && group.size > best.size)) best = group;
    }
    const candidate = best!.candidates[best!.picked++]!;
    picks.push({ index: candidate.index, score: candidate.closeness, reason: groupReason(best!) });
  }
  return picks;
}
