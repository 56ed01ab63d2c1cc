/**
 * npx tsx bench/voice.ts [--no-browser]
 * Real-time factor of whisper-tiny (8-bit, the bundled files) on this CPU: wall time to
 * transcribe ÷ audio length, for espeak-ng clips of ~10 s and ~60 s, through the voice worker's
 * own modules (WAV decode, resampling, windows, language detection, whisper). One timed run per
 * clip after an untimed run of the first.
 *
 * - Node, onnxruntime-node: the native CPU build the tests and the CLI use.
 * - Node, ONNX Runtime WASM: the browser's runtime in Node, in a child process that gives the
 *   speech code transformers.js's web build (the asyncify WASM from public/ort, one thread:
 *   ONNX Runtime's WASM threads need browser workers).
 * - Chromium (Debian's, headless): the same modules bundled by esbuild into a module worker on a
 *   cross-origin-isolated loopback server, WASM with 1 thread and with the app's thread count.
 * Prints a table, writes bench/results/voice.json. Nothing is asserted.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { register } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { MAX_WASM_THREADS } from '../lib/ml/device';
import { serveBench } from './static-server';
import type { VoiceBenchClip, VoiceBenchRow } from './voice-timing';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const THIS_FILE = fileURLToPath(import.meta.url);
const MODELS = path.join(ROOT, 'public/models') + path.sep;
const ESPEAK_VOICE = ['-v', 'en-us+f3', '-s', '140'];

const SENTENCES = [
  'Good morning, I have a few questions for you today.',
  'What is the weather like in Paris today?',
  'Can you help me write a short poem about the ocean?',
  'I would like to learn how to cook rice and beans.',
  'Please tell me a story about a dog and a cat.',
  'How many hours of sleep does a person need?',
  'What is the best way to learn a new language?',
  'Can you explain how the moon changes shape every month?',
  'My sister is getting married next summer in the mountains.',
  'Which books should I read before I travel to Japan?',
  'How do I fix a flat tire on my bicycle?',
  'Tell me three facts about the planet Mars.',
  'What should I cook for dinner with potatoes and cheese?',
  'How long does it take to walk ten kilometres?',
  'Can you recommend a good film for a rainy evening?',
  'Why is the sky blue during the day and red at sunset?',
  'Thank you very much for all your help today.',
];

const CLIPS = [
  { name: '~10 s', text: SENTENCES.slice(0, 3).join(' ') },
  { name: '~60 s', text: SENTENCES.join(' ') },
];

function speak(dir: string): VoiceBenchClip[] {
  return CLIPS.map((clip, i) => {
    const file = path.join(dir, `clip-${i}.wav`);
    const result = spawnSync('espeak-ng', [...ESPEAK_VOICE, '-w', file, clip.text]);
    if (result.status !== 0) throw new Error(`espeak-ng failed (${result.error?.message ?? result.stderr}): "apt-get install espeak-ng" or scripts/setup.sh --browser.`);
    const bytes = readFileSync(file);
    return { ...clip, wav: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
  });
}

async function benchNative(clips: VoiceBenchClip[]): Promise<VoiceBenchRow[]> {
  const { loadWhisper, disposeSpeechModels } = await import('../lib/audio/whisper');
  const { measureClips } = await import('./voice-timing');
  const started = performance.now();
  const recognizer = await loadWhisper({ device: 'cpu', localModelPath: MODELS });
  const rows = await measureClips(`Node onnxruntime-node (${cpus().length} cores)`, recognizer, clips, performance.now() - started);
  await disposeSpeechModels();
  return rows;
}

/**
 * The child process for ONNX Runtime WASM in Node. transformers.js's Node build only runs
 * onnxruntime-node, so the child resolves `@huggingface/transformers` to its web build and hides
 * `process.release.name` (how it tells Node apart) while that build starts; models and the WASM
 * binary are read from disk through `env.fetch`.
 */
async function wasmChild(clipsDir: string): Promise<void> {
  const web = pathToFileURL(path.join(ROOT, 'node_modules/@huggingface/transformers/dist/transformers.web.js')).href;
  const hook = `export async function resolve(specifier, context, next) { return specifier === '@huggingface/transformers' ? { url: ${JSON.stringify(web)}, shortCircuit: true } : next(specifier, context); }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
  const release = process.release;
  Object.defineProperty(process, 'release', { value: { ...release, name: 'node-wasm-bench' }, configurable: true });
  const transformers = (await import(web)) as typeof import('@huggingface/transformers');
  Object.defineProperty(process, 'release', { value: release, configurable: true });
  const { env } = transformers;
  env.useBrowserCache = false;
  env.fetch = async (input: RequestInfo | URL) => {
    const href = String(input);
    try {
      return new Response(await readFile(href.startsWith('file:') ? fileURLToPath(href) : href));
    } catch {
      return new Response(null, { status: 404 });
    }
  };
  const ort = path.join(ROOT, 'public/ort');
  const wasm = env.backends.onnx.wasm!;
  wasm.wasmPaths = { mjs: pathToFileURL(path.join(ort, 'ort-wasm-simd-threaded.asyncify.mjs')).href, wasm: pathToFileURL(path.join(ort, 'ort-wasm-simd-threaded.asyncify.wasm')).href };
  wasm.numThreads = 1;

  const { loadWhisper } = await import('../lib/audio/whisper');
  const { measureClips } = await import('./voice-timing');
  const clips = CLIPS.map((clip, i) => {
    const bytes = readFileSync(path.join(clipsDir, `clip-${i}.wav`));
    return { ...clip, wav: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
  });
  const started = performance.now();
  const recognizer = await loadWhisper({ device: 'wasm', localModelPath: MODELS, threads: 1 });
  const rows = await measureClips('Node ONNX Runtime WASM (1 thread)', recognizer, clips, performance.now() - started);
  process.stdout.write(`\nROWS ${JSON.stringify(rows)}\n`);
}

function benchWasmInNode(clipsDir: string): Promise<VoiceBenchRow[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, THIS_FILE, '--wasm-child', clipsDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.split('\n').find((text) => text.startsWith('ROWS '));
      if (code === 0 && line) resolve(JSON.parse(line.slice(5)) as VoiceBenchRow[]);
      else reject(new Error(`the WASM child exited with ${code}: ${out.slice(-500)}`));
    });
  });
}


async function benchChromium(clipsDir: string): Promise<{ rows: VoiceBenchRow[]; skipped: string[] }> {
  const { build } = await import('esbuild');
  const bundle = await build({
    entryPoints: [path.join(ROOT, 'bench/voice-worker.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'error',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const { url, server } = await serveBench({
    root: ROOT,
    title: 'voice bench',
    workerCode: bundle.outputFiles[0]!.text,
    publicDirs: ['models', 'ort'],
    files: (pathname) => {
      const clip = /^\/clips\/(clip-\d+\.wav)$/.exec(pathname);
      return clip ? path.join(clipsDir, clip[1]!) : null;
    },
  });
  const clips = CLIPS.map((clip, i) => ({ ...clip, url: `/clips/clip-${i}.wav` }));
  const { launchBenchChromium } = await import('./chromium');
  const browser = await launchBenchChromium();
  const rows: VoiceBenchRow[] = [];
  const skipped: string[] = [];
  try {
    const page = await browser.newPage();
    await page.goto(url);
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    for (const threads of [...new Set([1, Math.min(cores, MAX_WASM_THREADS)])]) {
      // A fresh worker per thread count: ONNX Runtime keeps the first count it starts with.
      const outcome = await page.evaluate(
        (message) =>
          new Promise<{ rows?: VoiceBenchRow[]; error?: string }>((resolve) => {
            const worker = new Worker('/bench-worker.js', { type: 'module' });
            worker.onmessage = ({ data }) => (worker.terminate(), resolve(data));
            worker.onerror = (event) => (worker.terminate(), resolve({ error: event.message || 'worker failed to start' }));
            worker.postMessage(message);
          }),
        { threads, clips },
      );
      if (outcome.rows) rows.push(...outcome.rows);
      else skipped.push(`Chromium WASM, ${threads} thread(s): ${outcome.error}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { rows, skipped };
}

export async function mainVoice(browser: boolean): Promise<void> {
  if (!existsSync(path.join(MODELS, 'whisper-tiny/onnx/encoder_model_quantized.onnx'))) throw new Error('public/models/whisper-tiny is missing: run "npm run models:copy" first.');
  const dir = mkdtempSync(path.join(tmpdir(), 'voice-bench-'));
  try {
    const clips = speak(dir);
    const rows = await benchNative(clips);
    const skipped: string[] = [];
    await benchWasmInNode(dir).then(
      (wasmRows) => rows.push(...wasmRows),
      (error: Error) => skipped.push(`Node WASM: ${error.message}`),
    );
    if (browser) {
      const inBrowser = await benchChromium(dir);
      rows.push(...inBrowser.rows);
      skipped.push(...inBrowser.skipped);
    }
    console.table(
      rows.map((row) => ({
        runtime: row.runtime,
        clip: row.clip,
        'audio s': row.audioSeconds,
        windows: row.windows,
        'transcribe ms': row.transcribeMs,
        'real-time factor': row.realTimeFactor,
        'decode ms': row.decodeMs,
        WER: row.wordErrorRate,
        'load + warm-up ms': row.loadMs,
      })),
    );
    for (const line of skipped) console.log(`not measured: ${line}`);
    const results = path.join(ROOT, 'bench/results');
    mkdirSync(results, { recursive: true });
    const out = path.join(results, 'voice.json');
    writeFileSync(out, JSON.stringify({ machine: { node: process.version, cpus: cpus().length, date: new Date().toISOString() }, voice: ESPEAK_VOICE.join(' '), clips: CLIPS, rows, skipped }, null, 2));
    console.log(`\nWrote ${out}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === THIS_FILE) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'no-browser': { type: 'boolean', default: false }, 'wasm-child': { type: 'boolean', default: false } } });
  if (values['wasm-child']) void wasmChild(positionals[0]!);
  else void mainVoice(!values['no-browser']);
}
