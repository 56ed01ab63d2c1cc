/**
 * Search spaces: numeric params (linear or log scale, optionally integer) and categorical ones.
 * Strategies work in a unit cube — each numeric param mapped to [0, 1] on its scale, each
 * categorical param as a choice index — and decode back to real values.
 */
import type { Rng } from '../../demo/prng';

export type NumericParam = { type: 'float' | 'int'; min: number; max: number; scale?: 'linear' | 'log' };
export type CategoricalParam = { type: 'categorical'; values: readonly (string | number | boolean)[] };
export type Param = NumericParam | CategoricalParam;
export type Space = Record<string, Param>;
export type ParamValue = string | number | boolean;
export type Params = Record<string, ParamValue>;

/** A point in the unit cube: a number in [0, 1] per numeric param, a choice index per categorical one. */
export type Point = number[];

export function validateSpace(space: Space): string[] {
  const names = Object.keys(space);
  if (names.length === 0) throw new Error('search: the space has no params');
  for (const name of names) {
    const param = space[name]!;
    if (param.type === 'categorical') {
      if (param.values.length === 0) throw new Error(`search: categorical param "${name}" has no values`);
    } else if (!(param.max >= param.min) || (param.scale === 'log' && param.min <= 0)) {
      throw new Error(`search: param "${name}" needs min ≤ max${param.scale === 'log' ? ' and min > 0 on a log scale' : ''}`);
    }
  }
  return names;
}

export function decode(space: Space, names: readonly string[], point: Point): Params {
  const out: Params = {};
  names.forEach((name, i) => {
    const param = space[name]!;
    const u = point[i]!;
    if (param.type === 'categorical') {
      out[name] = param.values[u]!;
      return;
    }
    const value = param.scale === 'log' ? Math.exp(Math.log(param.min) + u * (Math.log(param.max) - Math.log(param.min))) : param.min + u * (param.max - param.min);
    out[name] = param.type === 'int' ? Math.round(value) : value;
  });
  return out;
}

export function randomCoordinate(param: Param, rng: Rng): number {
  return param.type === 'categorical' ? rng.int(0, param.values.length - 1) : rng.next();
}

export const randomPoint = (space: Space, names: readonly string[], rng: Rng): Point => names.map((name) => randomCoordinate(space[name]!, rng));
