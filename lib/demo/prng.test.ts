import { describe, expect, it } from 'vitest';
import { Rng } from './prng';

const draw = (rng: Rng, count: number) => Array.from({ length: count }, () => rng.uint32());

describe('Rng', () => {
  it('repeats a stream for the same seed and diverges for another', () => {
    expect(draw(new Rng(1), 5)).toEqual(draw(new Rng(1), 5));
    expect(draw(new Rng(1), 5)).not.toEqual(draw(new Rng(2), 5));
  });

  it('gives each item its own stream', () => {
    expect(draw(Rng.forItem(7, 0), 5)).not.toEqual(draw(Rng.forItem(7, 1), 5));
    expect(draw(Rng.forItem(7, 3), 5)).toEqual(draw(Rng.forItem(7, 3), 5));
  });

  it('keeps int() inside its inclusive bounds and reaches both ends', () => {
    const rng = new Rng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(rng.int(2, 5));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });

  it('weights choices roughly by their weights', () => {
    const rng = new Rng(4);
    let heavy = 0;
    for (let i = 0; i < 10_000; i++) if (rng.weighted([['heavy', 9], ['light', 1]] as const) === 'heavy') heavy++;
    expect(heavy / 10_000).toBeCloseTo(0.9, 1);
  });

  it('makes hex strings of the requested length', () => {
    const rng = new Rng(5);
    expect(rng.hex(32)).toMatch(/^[0-9a-f]{32}$/);
    expect(rng.hex(13)).toMatch(/^[0-9a-f]{13}$/);
  });
});
