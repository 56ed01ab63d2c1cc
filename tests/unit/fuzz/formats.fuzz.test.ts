/**
 * Bounded fuzzing of each export format through the whole pipeline (the code the ingest worker
 * runs): every mutated input ends in a result or a specific ImportError, within the time cap,
 * without touching Object.prototype. `npm run fuzz` runs the same targets for longer.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { formatFailure, fuzzTarget } from './campaign';
import { FuzzSandbox } from './sandbox';
import { CI_CAP_MS, CI_SEED, CI_SIZES, testTimeout } from './settings';
import { FUZZ_TARGETS } from './targets';

const INPUTS: Record<string, number> = { chatgpt: 200, 'chatgpt-sharded': 150, claude: 250, gemini: 250 };

describe('fuzzing the format parsers', () => {
  const sandbox = new FuzzSandbox({ capMs: CI_CAP_MS });
  afterAll(() => sandbox.close());

  for (const target of FUZZ_TARGETS.filter((t) => t.name in INPUTS)) {
    const inputs = INPUTS[target.name]!;
    it(
      `${target.name}: ${inputs} mutated exports each give a result or an ImportError`,
      async () => {
        const report = await fuzzTarget(target, sandbox, { inputs, seed: CI_SEED, sizes: CI_SIZES });
        expect(report.failures.map(formatFailure)).toEqual([]);
        expect(report.inputs).toBe(inputs);
        // Mutations must leave most exports readable, or the parsers' deeper paths go untested.
        expect(report.ok).toBeGreaterThan(inputs / 2);
      },
      testTimeout(inputs),
    );
  }
});
