/**
 * Hyperparameter search behind one seeded interface: grid, random, TPE or genetic. Maximises an
 * (optionally async) objective over a space, one trial at a time, so the same seed gives the same
 * trials whether the objective runs inline, in a browser worker or in a Node worker thread.
 */
import { Rng } from '../../demo/prng';
import { geneticStrategy, type GeneticOptions } from './genetic';
import { gridSteps, gridStrategy } from './grid';
import { randomStrategy } from './random';
import { decode, validateSpace, type Params, type Space } from './space';
import { tpeStrategy, type TpeOptions } from './tpe';
import type { SearchMethod, Strategy, Trial } from './types';

export interface SearchOptions {
  space: Space;
  /** Higher is better. A non-finite result is recorded as -Infinity (a failed trial). */
  objective: (params: Params, context: { trial: number; signal?: AbortSignal }) => number | Promise<number>;
  /** Most trials to run (grid may run fewer). */
  budget: number;
  method: SearchMethod;
  seed: number;
  /** Grid only: values per numeric param (default: the most that fit the budget). */
  gridSteps?: number;
  tpe?: TpeOptions;
  genetic?: GeneticOptions;
  /** Checked before each trial; aborting rejects with the signal's reason. */
  signal?: AbortSignal;
  onTrial?: (trial: Trial, best: Trial) => void;
}

export interface SearchResult {
  trials: Trial[];
  best: Trial;
}

function strategyFor(options: SearchOptions, names: readonly string[]): Strategy {
  const rng = new Rng(options.seed);
  switch (options.method) {
    case 'grid':
      return gridStrategy(options.space, names, options.gridSteps ?? gridSteps(options.space, names, options.budget));
    case 'random':
      return randomStrategy(options.space, names, rng);
    case 'tpe':
      return tpeStrategy(options.space, names, rng, options.tpe);
    case 'genetic':
      return geneticStrategy(options.space, names, rng, options.genetic);
    default:
      throw new Error(`search: unknown method "${String(options.method)}"; use grid, random, tpe or genetic`);
  }
}

export async function search(options: SearchOptions): Promise<SearchResult> {
  if (!Number.isInteger(options.budget) || options.budget < 1) throw new Error(`search: budget must be a positive integer, got ${options.budget}`);
  const names = validateSpace(options.space);
  const strategy = strategyFor(options, names);
  const trials: Trial[] = [];
  let best: Trial | undefined;
  for (let index = 0; index < options.budget; index++) {
    options.signal?.throwIfAborted();
    const point = strategy.ask();
    if (!point) break;
    const params = decode(options.space, names, point);
    const value = await options.objective(params, { trial: index, signal: options.signal });
    const trial: Trial = { index, params, score: Number.isFinite(value) ? value : -Infinity };
    strategy.tell(point, trial.score);
    trials.push(trial);
    if (!best || trial.score > best.score) best = trial;
    options.onTrial?.(trial, best);
  }
  return { trials, best: best! };
}
