/**
 * Grid search: every categorical value × `steps` evenly spaced values per numeric param (on its
 * scale), in lexicographic order. Without `steps`, the largest per-param count whose grid fits the
 * budget (at least 2).
 */
import type { Space } from './space';
import type { Strategy } from './types';

export function gridSteps(space: Space, names: readonly string[], budget: number): number {
  const categorical = names.reduce((product, name) => {
    const param = space[name]!;
    return param.type === 'categorical' ? product * param.values.length : product;
  }, 1);
  const numeric = names.filter((name) => space[name]!.type !== 'categorical').length;
  if (numeric === 0) return 1;
  return Math.max(2, Math.floor((budget / categorical) ** (1 / numeric) + 1e-9));
}

export function gridStrategy(space: Space, names: readonly string[], steps: number): Strategy {
  const axes = names.map((name) => {
    const param = space[name]!;
    if (param.type === 'categorical') return param.values.map((_, i) => i);
    return steps === 1 ? [0.5] : Array.from({ length: steps }, (_, i) => i / (steps - 1));
  });
  const cursor = names.map(() => 0);
  let done = false;
  return {
    ask() {
      if (done) return undefined;
      const point = cursor.map((at, i) => axes[i]![at]!);
      for (let i = cursor.length - 1; i >= 0; i--) {
        if (++cursor[i]! < axes[i]!.length) return point;
        cursor[i] = 0;
      }
      done = true;
      return point;
    },
    tell() {},
  };
}
