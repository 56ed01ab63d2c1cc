/**
 * Runs a fuzz target for a number of inputs or a time budget, in the sandbox, and reports:
 * inputs tried, valid results, ImportErrors by code, failures (crashes, hangs, pollution)
 * grouped by signature with the smallest input of each, and the slowest input.
 */
import fc from 'fast-check';
import type { FuzzSizes } from './arbitraries';
import type { FuzzInput } from './pipeline';
import type { FuzzSandbox, SandboxOutcome } from './sandbox';
import type { FuzzTarget } from './targets';

export interface CampaignOptions {
  /** Stop after this many inputs… */
  inputs: number;
  /** …or once this much time has passed, whichever comes first. */
  timeBudgetMs?: number;
  seed: number;
  sizes: FuzzSizes;
}

export interface FuzzFailure {
  signature: string;
  kind: SandboxOutcome['kind'];
  error: string;
  label: string;
  /** Inputs that failed the same way. */
  count: number;
  /** The smallest of them, to reproduce. */
  input: FuzzInput;
  /** Where fast-check generated it: `fc.sample(target.recipes(sizes), { seed, numRuns })[index]`. */
  seed: number;
  index: number;
}

export interface TargetReport {
  target: string;
  inputs: number;
  ok: number;
  importErrors: Record<string, number>;
  failures: FuzzFailure[];
  slowest: { ms: number; label: string; bytes: number } | null;
  inputBytes: { min: number; max: number };
  elapsedMs: number;
}

/** Recipes are generated a batch at a time (each holds its mutated text until it runs). */
const BATCH = 25;

export async function fuzzTarget(target: FuzzTarget, sandbox: FuzzSandbox, options: CampaignOptions): Promise<TargetReport> {
  const started = performance.now();
  const deadline = options.timeBudgetMs === undefined ? Infinity : started + options.timeBudgetMs;
  const report: TargetReport = { target: target.name, inputs: 0, ok: 0, importErrors: {}, failures: [], slowest: null, inputBytes: { min: Infinity, max: 0 }, elapsedMs: 0 };
  const failures = new Map<string, FuzzFailure>();
  const arbitrary = target.recipes(options.sizes);

  for (let batch = 0; report.inputs < options.inputs && performance.now() < deadline; batch++) {
    const seed = options.seed + batch;
    const numRuns = Math.min(BATCH, options.inputs - report.inputs);
    const recipes = fc.sample(arbitrary, { seed, numRuns });
    for (const [index, recipe] of recipes.entries()) {
      if (performance.now() >= deadline) break;
      const input = await recipe.build();
      const outcome = await sandbox.run(input);
      report.inputs++;
      report.inputBytes.min = Math.min(report.inputBytes.min, input.bytes.length);
      report.inputBytes.max = Math.max(report.inputBytes.max, input.bytes.length);
      if (!report.slowest || outcome.ms > report.slowest.ms) report.slowest = { ms: outcome.ms, label: recipe.label, bytes: input.bytes.length };
      if (outcome.kind === 'ok') report.ok++;
      else if (outcome.kind === 'import-error') report.importErrors[outcome.code] = (report.importErrors[outcome.code] ?? 0) + 1;
      else record(failures, outcome, recipe.label, input, seed, index);
    }
  }
  report.failures = [...failures.values()];
  report.elapsedMs = performance.now() - started;
  return report;
}

function record(failures: Map<string, FuzzFailure>, outcome: Exclude<SandboxOutcome, { kind: 'ok' | 'import-error' }>, label: string, input: FuzzInput, seed: number, index: number): void {
  const signature = signatureOf(outcome);
  const known = failures.get(signature);
  if (!known) {
    failures.set(signature, { signature, kind: outcome.kind, error: outcome.error, label, count: 1, input, seed, index });
    return;
  }
  known.count++;
  if (input.bytes.length < known.input.bytes.length) Object.assign(known, { error: outcome.error, label, input, seed, index });
}

/** Kind, first line (numbers blurred) and the first frame in our code: one bug, one signature. */
function signatureOf(outcome: { kind: string; error: string }): string {
  const [first = '', ...stack] = outcome.error.split('\n');
  const frame = stack.find((line) => /\/(lib|workers)\//.test(line))?.trim().replace(/:\d+:\d+\)?$/, '') ?? '';
  return `${outcome.kind}: ${first.replace(/\d+/g, 'N').slice(0, 160)}${frame ? ` ${frame}` : ''}`;
}

export function formatFailure(failure: FuzzFailure): string {
  return [
    `${failure.signature} (${failure.count}×)`,
    `  smallest input: ${failure.input.name}, ${failure.input.bytes.length} bytes — ${failure.label.slice(0, 300)}`,
    `  reproduce: fc.sample(target.recipes(sizes), { seed: ${failure.seed}, numRuns: ${failure.index + 1} })[${failure.index}]`,
    `  ${failure.error.split('\n').slice(0, 6).join('\n  ')}`,
  ].join('\n');
}
