/** Random search: independent uniform draws on each param's scale. */
import type { Rng } from '../../demo/prng';
import { randomPoint, type Space } from './space';
import type { Strategy } from './types';

export function randomStrategy(space: Space, names: readonly string[], rng: Rng): Strategy {
  return { ask: () => randomPoint(space, names, rng), tell() {} };
}
