/**
 * Deterministic pseudo-random numbers. The demo export must come out byte-identical for a given
 * seed in Node, in a browser worker and in tests, so nothing here touches Math.random.
 */

const BYTE_HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** murmur3's finalizer: spreads nearby inputs (seed 1, seed 2, …) over unrelated states. */
function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** mulberry32: tiny, fast, and good enough for synthetic data (not for anything secret). */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = mix32(seed);
  }

  /** An independent stream per (seed, index), so conversation i is the same whatever the total count. */
  static forItem(seed: number, index: number): Rng {
    return new Rng(mix32(seed) ^ mix32(Math.imul(index + 1, 0x9e3779b1)));
  }

  uint32(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('Rng.pick: empty list');
    return item;
  }

  /** Picks a value with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of entries) total += weight;
    let ticket = this.next() * total;
    for (const [value, weight] of entries) {
      ticket -= weight;
      if (ticket < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (last === undefined) throw new Error('Rng.weighted: empty list');
    return last[0];
  }

  /** `count` lowercase hex digits (ids are a hot path: table lookups, not toString(16)). */
  hex(count: number): string {
    let out = '';
    while (out.length < count) {
      const value = this.uint32();
      out += BYTE_HEX[value >>> 24]! + BYTE_HEX[(value >>> 16) & 0xff]! + BYTE_HEX[(value >>> 8) & 0xff]! + BYTE_HEX[value & 0xff]!;
    }
    return out.length === count ? out : out.slice(0, count);
  }
}
