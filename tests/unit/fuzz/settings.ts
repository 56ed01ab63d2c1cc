/** The bounded fuzz pass that runs with the unit tests (`npm run fuzz` runs longer, with bigger inputs). */
import type { FuzzSizes } from './arbitraries';

export const CI_SIZES: FuzzSizes = { maxStringLength: 100_000, maxDepth: 100_000, maxInputBytes: 1_000_000 };

/**
 * Per-input cap: fuzz inputs here take milliseconds, so ten seconds only ever catches a hang
 * (a quadratic regex on 100,000 characters takes minutes), never a slow machine.
 */
export const CI_CAP_MS = 10_000;

/** Fixed, so every run tries the same inputs; set FUZZ_SEED to explore others. */
export const CI_SEED = Number(process.env.FUZZ_SEED ?? 20_261_123);

/** Room for the inputs, the sandbox's start and one timed-out input per test. */
export const testTimeout = (inputs: number) => 60_000 + inputs * 100;
