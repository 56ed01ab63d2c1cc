/**
 * npm run bench -- --load   (or alone: npx tsx bench/load.ts)
 * A bounded load test of the server against loopback only: `next start` on a free 127.0.0.1
 * port with its own data directory, a seeded short link and a finished training job, then
 * autocannon on the share page /s/<id>, the OG image /api/share/<id>/og and the job status
 * route GET /api/train/jobs/<id> (bearer TRAIN_API_TOKEN) — LOAD_DURATION_S seconds each
 * (default 10) with LOAD_CONNECTIONS connections (default 10). All requests come from one
 * address, so it runs twice: with the shipped per-client limits (the limiter answers 429 once a
 * burst is spent) and with RATE_LIMIT_SCALE raised so the routes themselves are measured.
 * Prints requests/s, p50/p99 latency and error rate (non-2xx and socket errors) per route,
 * writes bench/results/load.json. Needs a production build (built here when missing).
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { TEST_PAYLOAD } from '../lib/share/test-payload';

const DURATION_S = Number(process.env.LOAD_DURATION_S ?? 10);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 10);
/** High enough that no bucket empties within a run. */
const RAISED_SCALE = 100_000;
const PHASES = [
  { name: 'shipped limits', rateLimitScale: 1 },
  { name: `limits ×${RAISED_SCALE.toLocaleString('en')}`, rateLimitScale: RAISED_SCALE },
] as const;

interface Target {
  name: string;
  path: string;
  headers: Record<string, string>;
}

export interface LoadRow {
  phase: string;
  route: string;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  responses: number;
  statusCounts: Record<string, number>;
  socketErrors: number;
  /** (non-2xx responses + socket errors) / (responses + socket errors); null when nothing came back. */
  errorRate: number | null;
}

interface Server {
  url: string;
  stop: () => void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const next = join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
  // Its own process group, so stopping it also stops any child it starts.
  const child = spawn(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, ...env },
  });
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error('next start did not come up within 60 s');
}

/** 40 separable 512-d vectors in two classes: a job that finishes in a moment. */
function tinyJob() {
  const examples = Array.from({ length: 40 }, (_, index) => {
    const label = index % 2 === 0 ? 'a' : 'b';
    return { vector: Array.from({ length: 512 }, (_, d) => (label === 'a' ? 1 : -1) * ((d % 7) + 1) * 0.1 + ((index * 31 + d) % 5) * 0.01), label };
  });
  return { task: 'load-bench', examples, model: { kind: 'logistic', maxIterations: 50 }, folds: 2, seed: 1 };
}

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ id: string }> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`POST ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { id: string };
}

/** A short link and a finished training job to read. */
async function seed(server: Server, token: string): Promise<Target[]> {
  const auth = { Authorization: `Bearer ${token}` };
  const link = await postJson(`${server.url}/api/share`, { payload: TEST_PAYLOAD, ttlDays: 1 });
  const job = await postJson(`${server.url}/api/train/jobs`, tinyJob(), auth);
  for (let attempt = 0; ; attempt++) {
    const state = (await (await fetch(`${server.url}/api/train/jobs/${job.id}`, { headers: auth })).json()) as { status: string; error?: string };
    if (state.status === 'done') break;
    if (state.status === 'failed' || attempt > 120) throw new Error(`The seeded training job did not finish: ${state.status}${state.error ? ` (${state.error})` : ''}.`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return [
    { name: 'GET /s/<id>', path: `/s/${link.id}`, headers: { Accept: 'text/html' } },
    { name: 'GET /api/share/<id>/og', path: `/api/share/${link.id}/og`, headers: {} },
    { name: 'GET /api/train/jobs/<id>', path: `/api/train/jobs/${job.id}`, headers: auth },
  ];
}

async function hit(server: Server, phase: string, target: Target): Promise<LoadRow> {
  const url = `${server.url}${target.path}`;
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname)) throw new Error(`Refusing to load-test a non-loopback host: ${url}`);
  // Warm up (route compiled, fonts read, first render) so the run measures the steady state.
  for (let warm = 0; warm < 3; warm++) await (await fetch(url, { headers: target.headers })).arrayBuffer();
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers: target.headers, timeout: 30 });
  const statusCounts = Object.fromEntries(Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, count]));
  const responses = Object.values(statusCounts).reduce((sum, count) => sum + count, 0);
  const failures = result.non2xx + result.errors;
  return {
    phase,
    route: target.name,
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    responses,
    statusCounts,
    socketErrors: result.errors,
    errorRate: responses + result.errors > 0 ? failures / (responses + result.errors) : null,
  };
}

async function runPhase(phase: (typeof PHASES)[number], token: string): Promise<LoadRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ai-wrapped-load-'));
  const server = await startServer({ AIW_DATA_DIR: dataDir, TRAIN_API_TOKEN: token, RATE_LIMIT_SCALE: String(phase.rateLimitScale) });
  try {
    const targets = await seed(server, token);
    const rows: LoadRow[] = [];
    for (const target of targets) {
      console.log(`${phase.name}: ${target.name}, ${DURATION_S} s × ${CONNECTIONS} connections…`);
      rows.push(await hit(server, phase.name, target));
    }
    return rows;
  } finally {
    server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function printRows(rows: LoadRow[]): void {
  const fmt = (n: number, digits = 0) => n.toFixed(digits);
  console.table(
    rows.map((row) => ({
      phase: row.phase,
      route: row.route,
      'req/s': fmt(row.requestsPerSecond, 1),
      'p50 ms': fmt(row.latencyP50Ms),
      'p99 ms': fmt(row.latencyP99Ms),
      responses: row.responses,
      statuses: Object.entries(row.statusCounts)
        .map(([status, count]) => `${status}×${count}`)
        .join(' '),
      'socket errors': row.socketErrors,
      'error rate': row.errorRate === null ? '—' : `${fmt(row.errorRate * 100, 1)} %`,
    })),
  );
}

export async function mainLoad(): Promise<void> {
  if (!existsSync('.next/BUILD_ID')) execFileSync('npx', ['next', 'build'], { stdio: 'inherit' });
  const token = process.env.TRAIN_API_TOKEN || randomBytes(24).toString('base64url');
  const rows: LoadRow[] = [];
  for (const phase of PHASES) rows.push(...(await runPhase(phase, token)));
  printRows(rows);
  const resultsDir = join(process.cwd(), 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const out = join(resultsDir, 'load.json');
  const machine = { node: process.version, cpus: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()), date: new Date().toISOString() };
  writeFileSync(out, JSON.stringify({ machine, durationS: DURATION_S, connections: CONNECTIONS, phases: PHASES, rows }, null, 2));
  console.log(`\nWrote ${out}`);
}

// Run alone with `npx tsx bench/load.ts`; bench/run.ts imports it for `--load`.
if (process.argv[1] && /bench[\\/]load\.ts$/.test(process.argv[1])) {
  mainLoad().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
