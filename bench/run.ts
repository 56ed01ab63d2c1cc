/**
 * npm run bench [-- --sizes 10,100,500,1000 --no-browser]
 * Ingest throughput and peak memory against plain JSON.parse of the same bytes (each run in a
 * fresh Node process), and drop → first slide in Chromium. Prints a table, writes
 * bench/results/ingest.json. Goals are reported, never asserted: absolute times are noise here.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { conversationsForBytes, generateDemoExport } from '../lib/demo';
import { writeChunks } from '../scripts/write-chunks';
import { measureFirstSlide, type FirstSlideResult } from './first-slide-browser';

const MB = 1024 * 1024;
const resultsDir = join(process.cwd(), 'bench', 'results');
const dataDir = join(process.env.BENCH_DATA_DIR ?? '/tmp', 'ai-wrapped-bench');

interface NodeRun {
  ok: boolean;
  ms: number;
  peakRssBytes: number;
  baseRssBytes: number;
  error?: string;
}

interface Row {
  sizeMB: number;
  bytes: number;
  pipeline: NodeRun;
  streamParse: NodeRun;
  jsonParse: NodeRun;
  throughputMBs: number | null;
  streamParseMBs: number | null;
  streamParseVsJsonParse: number | null;
  jsonParseMBs: number | null;
  speedVsJsonParse: number | null;
  peakMemoryVsFile: number | null;
  firstSlide: FirstSlideResult | null;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10,100,500,1000' }, 'no-browser': { type: 'boolean', default: false } } });
  const sizes = values.sizes.split(',').map(Number);
  mkdirSync(resultsDir, { recursive: true });
  mkdirSync(dataDir, { recursive: true });
  const server = values['no-browser'] ? null : await startServer();
  const rows: Row[] = [];
  try {
    for (const sizeMB of sizes) {
      const file = await ensureExport(sizeMB);
      const bytes = statSync(file).size;
      const pipeline = runNode(file, 'pipeline');
      const streamParse = runNode(file, 'stream-parse');
      const jsonParse = runNode(file, 'json-parse');
      const firstSlide = server ? await measureFirstSlide(server.url, file, 15 * 60_000) : null;
      const mbs = (run: NodeRun) => (run.ok ? bytes / MB / (run.ms / 1000) : null);
      rows.push({
        sizeMB,
        bytes,
        pipeline,
        streamParse,
        jsonParse,
        throughputMBs: mbs(pipeline),
        streamParseMBs: mbs(streamParse),
        streamParseVsJsonParse: streamParse.ok && jsonParse.ok ? jsonParse.ms / streamParse.ms : null,
        jsonParseMBs: mbs(jsonParse),
        speedVsJsonParse: pipeline.ok && jsonParse.ok ? jsonParse.ms / pipeline.ms : null,
        peakMemoryVsFile: pipeline.ok ? (pipeline.peakRssBytes - pipeline.baseRssBytes) / bytes : null,
        firstSlide,
      });
      printTable(rows);
    }
  } finally {
    server?.stop();
  }
  const out = join(resultsDir, 'ingest.json');
  writeFileSync(out, JSON.stringify({ machine: machineInfo(), rows }, null, 2));
  console.log(`\nWrote ${out}`);
}

async function ensureExport(sizeMB: number): Promise<string> {
  const file = join(dataDir, `demo-${sizeMB}MB.json`);
  if (existsSync(file)) return file;
  const options = { seed: 7, conversations: conversationsForBytes(sizeMB * MB) };
  await writeChunks(file, generateDemoExport(options));
  return file;
}

function runNode(file: string, mode: 'pipeline' | 'stream-parse' | 'json-parse'): NodeRun {
  try {
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=16384', 'bench/ingest-node.ts', file, mode], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    return JSON.parse(output.trim().split('\n').pop()!) as NodeRun;
  } catch (error) {
    return { ok: false, ms: NaN, peakRssBytes: NaN, baseRssBytes: NaN, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

async function startServer(): Promise<{ url: string; stop: () => void }> {
  if (!existsSync('.next/BUILD_ID')) execFileSync('npx', ['next', 'build'], { stdio: 'inherit' });
  const port = 3290;
  const url = `http://127.0.0.1:${port}`;
  // A leftover server would serve another build's chunks and every measurement would fail.
  if (await isUp(url)) throw new Error(`Port ${port} is already in use; stop that server first.`);
  // Its own process group, so stopping it also stops the next-server child that npx starts.
  const child = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { stdio: 'ignore', detached: true });
  const stop = () => process.kill(-child.pid!, 'SIGTERM');
  for (let i = 0; i < 120; i++) {
    if (await isUp(url)) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error('next start did not come up');
}

async function isUp(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

function printTable(rows: Row[]): void {
  const fmt = (n: number | null | undefined, digits = 1) => (n == null || Number.isNaN(n) ? '—' : n.toFixed(digits));
  const table = rows.map((row) => ({
    size: `${row.sizeMB} MB`,
    'JSON.parse MB/s': row.jsonParse.ok ? fmt(row.jsonParseMBs) : `fails: ${row.jsonParse.error?.slice(0, 30)}`,
    'stream parse MB/s': fmt(row.streamParseMBs),
    'stream ÷ JSON.parse': fmt(row.streamParseVsJsonParse, 2),
    'full pipeline MB/s': fmt(row.throughputMBs),
    'pipeline ÷ JSON.parse': fmt(row.speedVsJsonParse, 2),
    'pipeline peak RSS MB': fmt((row.pipeline.peakRssBytes - row.pipeline.baseRssBytes) / MB, 0),
    'JSON.parse peak RSS MB': fmt((row.jsonParse.peakRssBytes - row.jsonParse.baseRssBytes) / MB, 0),
    'peak ÷ file': fmt(row.peakMemoryVsFile, 2),
    'drop → first slide (Chromium)': row.firstSlide ? (row.firstSlide.ok ? `${fmt(row.firstSlide.ms / 1000, 2)} s` : `failed: ${row.firstSlide.error}`) : '—',
    completes: row.pipeline.ok ? 'yes' : `no: ${row.pipeline.error}`,
  }));
  console.table(table);
}

function machineInfo() {
  return { node: process.version, cpus: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()), date: new Date().toISOString() };
}

void main();
