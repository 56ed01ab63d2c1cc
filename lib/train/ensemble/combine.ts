/**
 * Combines ensemble members' class probabilities by hard voting, weighted soft voting or plain
 * averaging, and keeps each member's own predictions so the UI can score them side by side.
 */
import { argmaxRows, assertProbabilityShape } from './probability-rows';

export const ENSEMBLE_METHODS = ['voting', 'weighted', 'averaging'] as const;
export type EnsembleMethod = (typeof ENSEMBLE_METHODS)[number];

export interface EnsembleMember {
  /** Shown in the UI, e.g. "Trained head" or "Category descriptions". */
  name: string;
  /** `count × classes`, row-major. */
  probabilities: Float32Array;
  /** Only read by `weighted`, e.g. the member's cross-validated macro-F1; normalised here. */
  weight?: number;
}

export interface EnsembleOptions {
  members: readonly EnsembleMember[];
  method: EnsembleMethod;
  count: number;
  classes: number;
}

export interface MemberPredictions {
  name: string;
  predictions: Int32Array;
  /** The share this member had in the result: 1/members for voting and averaging. */
  weight: number;
}

export interface EnsembleResult {
  /**
   * `count × classes`. For `voting` these are vote shares, so a tie has no unique arg-max;
   * `predictions` carries the tie-break and is the ensemble's answer for every method.
   */
  probabilities: Float32Array;
  predictions: Int32Array;
  members: MemberPredictions[];
}

/** Member weights summing to 1; all-zero weights (every member scored 0) count equally. */
export function normaliseWeights(members: readonly EnsembleMember[]): number[] {
  const weights = members.map((member) => member.weight ?? 1);
  for (const [i, weight] of weights.entries()) {
    if (!Number.isFinite(weight) || weight < 0) {
      throw new Error(`combineEnsemble: weight of "${members[i]!.name}" must be a finite number ≥ 0, got ${weight}`);
    }
  }
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return total > 0 ? weights.map((weight) => weight / total) : weights.map(() => 1 / weights.length);
}

function softCombine(members: readonly EnsembleMember[], weights: readonly number[], size: number): Float32Array {
  const out = new Float32Array(size);
  members.forEach((member, m) => {
    for (let j = 0; j < size; j++) out[j]! += weights[m]! * member.probabilities[j]!;
  });
  return out;
}

/**
 * Hard majority vote per row; a tie goes to the tied class with the larger summed probability
 * across members, then to the lower class.
 */
function vote(members: readonly EnsembleMember[], predictions: readonly Int32Array[], count: number, classes: number) {
  const shares = new Float32Array(count * classes);
  const winners = new Int32Array(count);
  const votes = new Int32Array(classes);
  const summed = new Float64Array(classes);
  for (let row = 0; row < count; row++) {
    votes.fill(0);
    summed.fill(0);
    for (const [m, member] of members.entries()) {
      votes[predictions[m]![row]!]!++;
      for (let c = 0; c < classes; c++) summed[c]! += member.probabilities[row * classes + c]!;
    }
    let best = 0;
    for (let c = 1; c < classes; c++) {
      if (votes[c]! > votes[best]! || (votes[c] === votes[best] && summed[c]! > summed[best]!)) best = c;
    }
    winners[row] = best;
    for (let c = 0; c < classes; c++) shares[row * classes + c] = votes[c]! / members.length;
  }
  return { probabilities: shares, predictions: winners };
}

export function combineEnsemble({ members, method, count, classes }: EnsembleOptions): EnsembleResult {
  if (members.length === 0) throw new Error('combineEnsemble: need at least one member');
  for (const member of members) assertProbabilityShape(member.probabilities, count, classes, `combineEnsemble member "${member.name}"`);
  const memberPredictions = members.map((member) => argmaxRows(member.probabilities, count, classes));
  const weights = method === 'weighted' ? normaliseWeights(members) : members.map(() => 1 / members.length);
  const summary = members.map((member, m) => ({ name: member.name, predictions: memberPredictions[m]!, weight: weights[m]! }));
  if (method === 'voting') return { ...vote(members, memberPredictions, count, classes), members: summary };
  const probabilities = softCombine(members, weights, count * classes);
  return { probabilities, predictions: argmaxRows(probabilities, count, classes), members: summary };
}
