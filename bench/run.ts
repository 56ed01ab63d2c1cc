/**
 * npm run bench [-- --sizes 10,100,500,1000 --no-browser]
 * Ingest throughput and peak memory against plain JSON.parse of the same bytes (each run in a
 * fresh Node process), and drop → first slide in Chromium. Prints a table, writes
 * bench/results/ingest.json. Goals are reported, never asserted: absolute times are noise here.
 *
 * npm run bench -- --ml [--no-browser]
 * The ML suite alone (bench/ml-node.ts, bench/ml-browser.ts): encoders alone vs in the pipeline,
 * time to the full ML Wrapped per export size in Node and in Chromium, re-import with 1 % new
 * messages. Prints tables, writes bench/results/ml.json.
 *
 * npm run bench -- --creative [--no-browser]
 * Generated words in Node (ms per Wrapped's texts per style, grounding check; goal ≤ 50 ms) and
 * cover art in Chromium (ms per cover per style on WebGL2 and Canvas2D, per 12-frame APNG, per
 * share card). Prints a table, writes bench/results/creative.json.
 *
 * npm run bench -- --train [--no-browser]
 * Server training throughput (jobs/min, embedded queue and BullMQ with 2 workers on a local
 * redis-server) and in-browser training time for 50 / 500 / 5,000 labelled vectors.
 * Prints tables, writes bench/results/train.json.
 *
 * npm run bench -- --vision [--no-browser]
 * Images/s per vision model (NSFW MobileNetV2, CenterNet) and backend: Node WASM, and Chromium
 * WASM and WebGPU. Writes bench/results/vision.json.
 *
 * npm run bench -- --voice [--no-browser]
 * whisper-tiny real-time factor on espeak-ng speech (~10 s and ~60 s) with WASM, in Node and in
 * Chromium. Writes bench/results/voice.json.
 *
 * npm run bench -- --load
 * A bounded autocannon load test on loopback against `next start`: the share page, the OG image
 * and the training job status route (requests/s, p50/p99, error rate). Writes bench/results/load.json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { conversationsForBytes, generateDemoExport } from '../lib/demo';
import { writeChunks } from '../scripts/write-chunks';
import { measureFirstSlide, type FirstSlideResult } from './first-slide-browser';
import { startNextServer } from './next-server';
import type { MlBrowserRow } from './ml-browser';

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
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10,100,500,1000' },
      'no-browser': { type: 'boolean', default: false },
      ml: { type: 'boolean', default: false },
      creative: { type: 'boolean', default: false },
      train: { type: 'boolean', default: false },
      vision: { type: 'boolean', default: false },
      voice: { type: 'boolean', default: false },
      load: { type: 'boolean', default: false },
    },
  });
  if (values.ml) return mainMl(!values['no-browser']);
  if (values.creative) return mainCreative(!values['no-browser']);
  if (values.train) return mainTrain(!values['no-browser']);
  if (values.vision) return (await import('./vision')).mainVision(!values['no-browser']);
  if (values.voice) return (await import('./voice')).mainVoice(!values['no-browser']);
  if (values.load) return (await import('./load')).mainLoad();
  const sizes = values.sizes.split(',').map(Number);
  mkdirSync(resultsDir, { recursive: true });
  mkdirSync(dataDir, { recursive: true });
  const server = values['no-browser'] ? null : await startNextServer(3290, { build: true });
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

/** Loaded only for --creative. */
async function mainCreative(withBrowser: boolean): Promise<void> {
  const { benchGen } = await import('./gen');
  const { benchArt } = await import('./art-browser');
  mkdirSync(resultsDir, { recursive: true });
  const gen = await benchGen();
  console.table(gen.rows);
  let art: Awaited<ReturnType<typeof benchArt>> | null = null;
  if (withBrowser) {
    const server = await startNextServer(3292, { build: true });
    try {
      art = await benchArt(server.url);
    } finally {
      server.stop();
    }
    console.table(art.rows);
  }
  const out = join(resultsDir, 'creative.json');
  writeFileSync(out, JSON.stringify({ machine: machineInfo(), build: withBrowser ? buildInfo() : null, gen: gen.json, art: art?.json ?? null }, null, 2));
  console.log(`\nWrote ${out}`);
}

/** Loaded only for --train. */
async function mainTrain(withBrowser: boolean): Promise<void> {
  const { benchTrainServer } = await import('./train-server');
  const { benchTrainBrowser } = await import('./train-browser');
  mkdirSync(resultsDir, { recursive: true });
  const server = await benchTrainServer();
  console.table(server.rows);
  let browser: Awaited<ReturnType<typeof benchTrainBrowser>> | null = null;
  if (withBrowser) {
    const app = await startNextServer(3293, { build: true });
    try {
      browser = await benchTrainBrowser(app.url);
    } finally {
      app.stop();
    }
    console.table(browser.rows);
  }
  const out = join(resultsDir, 'train.json');
  writeFileSync(out, JSON.stringify({ machine: machineInfo(), server: server.json, browser: browser?.json ?? null }, null, 2));
  console.log(`\nWrote ${out}`);
}

/** Loaded only for --ml: the Node half pulls in TF.js. */
async function mainMl(withBrowser: boolean): Promise<void> {
  const { demoExportFile, measureMlNode, ML_SIZES, printMlNode } = await import('./ml-node');
  const { measureMlInBrowser, printMlBrowser } = await import('./ml-browser');
  mkdirSync(resultsDir, { recursive: true });
  mkdirSync(dataDir, { recursive: true });
  const node = await measureMlNode(dataDir);
  printMlNode(node);
  const browser: MlBrowserRow[] = [];
  let buildAtStart: ReturnType<typeof buildInfo> | null = null;
  if (withBrowser) {
    // Its own port: the ingest suite's server (3290) or another checkout's may be up.
    const server = await startNextServer(3291, { build: true });
    buildAtStart = buildInfo();
    try {
      for (const size of ML_SIZES) {
        console.log(`Chromium: ${size.label} user messages (${size.conversations} conversations)…`);
        const file = await demoExportFile(dataDir, size.conversations);
        const run = await measureMlInBrowser(server.url, file, 4 * 60_000, { benchEncoders: size.label === '~3.5k' });
        const distinct = node.sizes.find((row) => row.label === size.label)?.distinct;
        browser.push({ ...run, label: size.label, conversations: size.conversations, distinct });
      }
    } finally {
      server.stop();
    }
    printMlBrowser(browser);
  }
  // Chromium measures the production build as it stands, which may predate the working tree,
  // and a rebuild during the run (another `next build` here) breaks the server's chunks.
  const build = buildAtStart && { ...buildAtStart, rebuiltDuringRun: buildInfo().id !== buildAtStart.id };
  if (build) {
    console.log(`Chromium ran the build in .next (${build.id}, built ${build.builtAt}).`);
    if (build.rebuiltDuringRun) console.log('Warning: .next was rebuilt during the run; rerun for numbers of one build.');
  }
  const out = join(resultsDir, 'ml.json');
  writeFileSync(out, JSON.stringify({ machine: machineInfo(), build, node, browser: withBrowser ? browser : null }, null, 2));
  console.log(`\nWrote ${out}`);
}

function buildInfo() {
  return { id: readFileSync('.next/BUILD_ID', 'utf8').trim(), builtAt: statSync('.next/BUILD_ID').mtime.toISOString() };
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
