/** The one interface every search strategy implements: propose a point, learn its score. */
import type { Params, Point } from './space';

export type SearchMethod = 'grid' | 'random' | 'tpe' | 'genetic';

export interface Trial {
  index: number;
  params: Params;
  /** The objective's value (higher is better); -Infinity where it returned a non-finite number. */
  score: number;
}

export interface Strategy {
  /** The next point to evaluate, or undefined when the strategy has nothing left (grid exhausted). */
  ask(): Point | undefined;
  tell(point: Point, score: number): void;
}
