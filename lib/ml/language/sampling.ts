/**
 * Which messages the language pass reads once there are more than `maxMessages`. Deterministic
 * (by arrival index), so the same history always gives the same numbers.
 *
 * - Total known (`expected`): exactly `maxMessages` of the first `expected`, evenly spaced.
 * - Total unknown: every message up to `maxMessages`, then every 2nd up to 2×, every 4th up to 4×,
 *   … — about maxMessages × (1 + ½·log2(n / maxMessages)) analysed for n messages.
 */
export type Sampler = (index: number) => boolean;

export function createSampler(maxMessages: number, expected?: number): Sampler {
  const max = Math.max(1, Math.floor(maxMessages));
  if (expected !== undefined && expected > max) {
    const rate = max / expected;
    return (index) => Math.floor((index + 1) * rate) > Math.floor(index * rate);
  }
  return (index) => {
    if (index < max) return true;
    const stride = 2 ** (Math.floor(Math.log2(index / max)) + 1);
    return index % stride === 0;
  };
}
