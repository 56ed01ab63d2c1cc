/**
 * Bounded fuzzing below and around the formats: prototype keys on every object, damaged JSON
 * bytes (invalid UTF-8, truncation, flips), damaged zips and zips of random bytes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { formatFailure, fuzzTarget } from './campaign';
import { FuzzSandbox } from './sandbox';
import { CI_CAP_MS, CI_SEED, CI_SIZES, testTimeout } from './settings';
import { FUZZ_TARGETS } from './targets';

const INPUTS: Record<string, number> = { 'prototype-keys': 300, 'json-bytes': 1200, zip: 400 };

describe('fuzzing prototype keys, bytes and zips', () => {
  const sandbox = new FuzzSandbox({ capMs: CI_CAP_MS });
  afterAll(() => sandbox.close());

  for (const target of FUZZ_TARGETS.filter((t) => t.name in INPUTS)) {
    const inputs = INPUTS[target.name]!;
    it(
      `${target.name}: ${inputs} inputs each give a result or an ImportError`,
      async () => {
        const report = await fuzzTarget(target, sandbox, { inputs, seed: CI_SEED, sizes: CI_SIZES });
        expect(report.failures.map(formatFailure)).toEqual([]);
        expect(report.inputs).toBe(inputs);
      },
      testTimeout(inputs),
    );
  }
});
