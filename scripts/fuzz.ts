/**
 * npm run fuzz [-- --minutes 10 --inputs 20000 --targets chatgpt,zip --seed 42 --cap-ms 30000]
 * The long fuzz pass: the targets of the unit tests' bounded pass (tests/unit/fuzz), with bigger
 * strings and deeper nesting, for a number of inputs per target or a time budget shared by the
 * targets, whichever ends first. Each input runs in a worker thread with a wall-clock cap, so a
 * hang is reported, not waited for. Prints inputs tried, results, ImportErrors and failures per
 * target and the slowest input; writes .cache/fuzz/report.json and every failing input (the
 * smallest of each kind) next to it. Exits 1 when anything failed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { FuzzSizes } from '../tests/unit/fuzz/arbitraries';
import { formatFailure, fuzzTarget, type TargetReport } from '../tests/unit/fuzz/campaign';
import { FuzzSandbox } from '../tests/unit/fuzz/sandbox';
import { FUZZ_TARGETS } from '../tests/unit/fuzz/targets';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: '5' },
      inputs: { type: 'string', default: '1000000' },
      targets: { type: 'string', default: FUZZ_TARGETS.map((target) => target.name).join(',') },
      seed: { type: 'string' },
      'cap-ms': { type: 'string', default: '30000' },
      'max-string': { type: 'string', default: '2000000' },
      'max-depth': { type: 'string', default: '1000000' },
      'max-input-mb': { type: 'string', default: '16' },
      out: { type: 'string', default: join('.cache', 'fuzz') },
    },
  });
  const names = values.targets.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !FUZZ_TARGETS.some((target) => target.name === name));
  if (unknown.length > 0) throw new Error(`Unknown target ${unknown.join(', ')}; known: ${FUZZ_TARGETS.map((t) => t.name).join(', ')}`);
  const targets = FUZZ_TARGETS.filter((target) => names.includes(target.name));
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
  const capMs = Number(values['cap-ms']);
  const sizes: FuzzSizes = {
    maxStringLength: Number(values['max-string']),
    maxDepth: Number(values['max-depth']),
    maxInputBytes: Number(values['max-input-mb']) * 1024 * 1024,
  };
  const budgetMs = (Number(values.minutes) * 60_000) / targets.length;
  console.log(`Fuzzing ${targets.length} targets, seed ${seed}, ≤ ${values.inputs} inputs or ${(budgetMs / 60_000).toFixed(1)} min each, ${capMs} ms cap per input.`);

  const sandbox = new FuzzSandbox({ capMs, maxHeapMb: 4096 });
  const reports: TargetReport[] = [];
  try {
    for (const target of targets) {
      console.log(`\n${target.name}: ${target.about}`);
      const report = await fuzzTarget(target, sandbox, { inputs: Number(values.inputs), timeBudgetMs: budgetMs, seed, sizes });
      reports.push(report);
      for (const failure of report.failures) console.log(formatFailure(failure));
      console.log(`  ${report.inputs} inputs, ${report.ok} results, ${count(report.importErrors)} ImportErrors, ${report.failures.reduce((sum, f) => sum + f.count, 0)} failures`);
    }
  } finally {
    await sandbox.close();
  }
  printTable(reports);
  const file = writeReport(values.out, { seed, capMs, sizes, restarts: sandbox.restarts, reports });
  console.log(`\nWrote ${file}`);
  if (reports.some((report) => report.failures.length > 0)) process.exitCode = 1;
}

const count = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0);

function printTable(reports: TargetReport[]): void {
  console.table(
    reports.map((report) => ({
      target: report.target,
      inputs: report.inputs,
      results: report.ok,
      'ImportErrors (top codes)': Object.entries(report.importErrors).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([code, n]) => `${code} ${n}`).join(', '),
      crashes: report.failures.filter((f) => f.kind === 'crash' || f.kind === 'died').reduce((sum, f) => sum + f.count, 0),
      hangs: report.failures.filter((f) => f.kind === 'timeout').reduce((sum, f) => sum + f.count, 0),
      'slowest ms': report.slowest ? Math.round(report.slowest.ms) : null,
      'input KB (max)': Math.round(report.inputBytes.max / 1024),
      's': Math.round(report.elapsedMs / 1000),
    })),
  );
  const slowest = reports.flatMap((report) => (report.slowest ? [{ target: report.target, ...report.slowest }] : [])).sort((a, b) => b.ms - a.ms)[0];
  if (slowest) console.log(`Slowest input: ${Math.round(slowest.ms)} ms, ${slowest.target}, ${slowest.bytes.toLocaleString('en-US')} bytes — ${slowest.label.slice(0, 200)}`);
  const inputs = reports.reduce((sum, report) => sum + report.inputs, 0);
  const failures = reports.reduce((sum, report) => sum + report.failures.reduce((n, f) => n + f.count, 0), 0);
  console.log(`Total: ${inputs.toLocaleString('en-US')} inputs, ${failures} crashes or hangs.`);
}

interface RunInfo {
  seed: number;
  capMs: number;
  sizes: FuzzSizes;
  restarts: number;
  reports: TargetReport[];
}

/** The report, plus each failure's smallest input as a file (drop it on the app, or feed it to the pipeline). */
function writeReport(dir: string, run: RunInfo): string {
  const failuresDir = join(dir, 'failures');
  mkdirSync(failuresDir, { recursive: true });
  const targets = run.reports.map((report) => ({
    ...report,
    failures: report.failures.map((failure, index) => {
      const file = join(failuresDir, `${report.target}-${index}-${failure.input.name}`);
      writeFileSync(file, failure.input.bytes);
      const { input, ...rest } = failure;
      return { ...rest, inputFile: file, inputBytes: input.bytes.length };
    }),
  }));
  const totals = {
    inputs: run.reports.reduce((sum, report) => sum + report.inputs, 0),
    failures: run.reports.reduce((sum, report) => sum + report.failures.reduce((n, f) => n + f.count, 0), 0),
    slowestMs: Math.max(0, ...run.reports.map((report) => report.slowest?.ms ?? 0)),
  };
  const file = join(dir, 'report.json');
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), node: process.version, seed: run.seed, capMs: run.capMs, sizes: run.sizes, sandboxStarts: run.restarts, totals, targets }, null, 2));
  return file;
}

void main();
