/**
 * Uncertainty sampling: ask about the rows the model is least sure of. Margin looks only at the
 * top two classes (best for "is it A or B?"); entropy looks at the whole distribution.
 */
import { formatPercent } from '../../view/format';
import { rankedClasses } from '../ensemble/probability-rows';
import type { ActivePick } from './types';

export type UncertaintyMeasure = 'margin' | 'entropy';

export interface UncertaintyInput {
  probabilities: Float32Array;
  classNames: readonly string[];
  pool: readonly number[];
  batch: number;
}

/** 1 − (top-1 − top-2): 1 when the two best classes tie, 0 when the model is certain. */
function marginScore(probabilities: Float32Array, row: number, classes: number): number {
  const offset = row * classes;
  let first = -Infinity;
  let second = -Infinity;
  for (let c = 0; c < classes; c++) {
    const p = probabilities[offset + c]!;
    if (p > first) {
      second = first;
      first = p;
    } else if (p > second) second = p;
  }
  return classes > 1 ? 1 - (first - second) : 0;
}

/** Shannon entropy over ln(classes): 1 when every class is equally likely. */
function entropyScore(probabilities: Float32Array, row: number, classes: number): number {
  if (classes < 2) return 0;
  let entropy = 0;
  for (let c = 0; c < classes; c++) {
    const p = probabilities[row * classes + c]!;
    if (p > 0) entropy -= p * Math.log(p);
  }
  return entropy / Math.log(classes);
}

function describe(measure: UncertaintyMeasure, probabilities: Float32Array, classNames: readonly string[], row: number): string {
  const classes = classNames.length;
  const named = (c: number) => `${classNames[c]} (${formatPercent(probabilities[row * classes + c]!)})`;
  const ranked = rankedClasses(probabilities, row, classes);
  if (ranked.length < 2) return `Only one category to choose from: ${named(ranked[0]!)}`;
  if (measure === 'margin') return `The model is torn between ${named(ranked[0]!)} and ${named(ranked[1]!)}`;
  return `The model's guesses are spread out: ${ranked.slice(0, 3).map(named).join(', ')}`;
}

/** The `batch` pool rows with the highest uncertainty, most uncertain first; ties go to the lower row. */
export function pickUncertain(measure: UncertaintyMeasure, { probabilities, classNames, pool, batch }: UncertaintyInput): ActivePick[] {
  const classes = classNames.length;
  const score = measure === 'margin' ? marginScore : entropyScore;
  return pool
    .map((index) => ({ index, score: score(probabilities, index, classes) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, batch)
    .map(({ index, score }) => ({ index, score, reason: describe(measure, probabilities, classNames, index) }));
}
