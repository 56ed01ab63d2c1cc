/**
 * npx tsx bench/vision.ts [--no-browser]
 * Images per second for each bundled image model and backend: the NSFW MobileNetV2 alone,
 * CenterNet alone (with our decoding of its heads), and a whole image (PNG decode, both models,
 * themes), on images the benchmark draws (lib/vision/drawing.fixture.ts).
 *
 * - Node: TF.js WASM (one thread, what tests and the CLI use) and the pure-JS cpu backend.
 * - Chromium (Debian's, headless): the vision worker's own modules bundled by esbuild into a
 *   module worker on a loopback server, on WASM and on WebGPU. Headless Chromium here has only
 *   SwiftShader, a software adapter: its WebGPU numbers say nothing about a real GPU.
 * Prints a table, writes bench/results/vision.json. Medians; nothing is asserted.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { warmUp } from '../lib/vision/bundled-models';
import { loadCenterNetInNode, loadNsfwInNode, loadVisionModelsInNode } from '../lib/vision/node/load-models';
import { decodePng, encodePng } from '../lib/vision/node/png-port';
import { serveBench } from './static-server';
import { benchDrawings, measureModels, type VisionBenchRow } from './vision-timing';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function benchNode(): Promise<VisionBenchRow[]> {
  let started = performance.now();
  const wasm = await loadVisionModelsInNode();
  await warmUp(wasm);
  const whole = { blobs: benchDrawings().map(encodePng), decode: decodePng };
  const rows = await measureModels('Node WASM (1 thread)', wasm, performance.now() - started, { min: 5, max: 20, budgetMs: 15_000, whole });
  await tf.setBackend('cpu');
  started = performance.now();
  const cpu = { nsfw: await loadNsfwInNode(), centerNet: await loadCenterNetInNode() };
  await warmUp(cpu);
  // 30–200× slower than WASM: one timed run of each model is all it is worth.
  rows.push(...(await measureModels('Node cpu (pure JS)', cpu, performance.now() - started, { min: 1, max: 1, budgetMs: 0, untimed: false })));
  await tf.setBackend('wasm');
  return rows;
}


async function benchBrowser(): Promise<{ rows: VisionBenchRow[]; skipped: string[] }> {
  for (const model of ['nsfw-mobilenet-v2/model.json', 'centernet-coco/centernet.json']) {
    if (!existsSync(path.join(ROOT, 'public/models', model))) throw new Error(`public/models/${model} is missing: run "npm run models:copy" first.`);
  }
  const { build } = await import('esbuild');
  const bundle = await build({ entryPoints: [path.join(ROOT, 'bench/vision-worker.ts')], bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'error', tsconfig: path.join(ROOT, 'tsconfig.json'), define: { 'process.env.NODE_ENV': '"production"' } });
  const { url, server } = await serveBench({ root: ROOT, title: 'vision bench', workerCode: bundle.outputFiles[0]!.text, publicDirs: ['models', 'tfjs'] });
  const { chromium } = await import('@playwright/test');
  // bench/chromium.ts's flags, plus WebGPU.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--enable-unsafe-webgpu', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  const rows: VisionBenchRow[] = [];
  const skipped: string[] = [];
  try {
    const page = await browser.newPage();
    await page.goto(url);
    const adapter = await page.evaluate(async () => {
      const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<{ info?: { isFallbackAdapter?: boolean; description?: string; vendor?: string } } | null> } }).gpu;
      const found = await gpu?.requestAdapter().catch(() => null);
      return found ? { software: found.info?.isFallbackAdapter === true || /swiftshader/i.test(`${found.info?.description} ${found.info?.vendor}`) } : null;
    });
    const backends: { backend: 'wasm' | 'webgpu'; software: boolean }[] = [{ backend: 'wasm', software: false }];
    if (adapter) backends.push({ backend: 'webgpu', software: adapter.software });
    else skipped.push('Chromium WebGPU: no adapter in this browser');
    for (const target of backends) {
      // A fresh worker per backend: TF.js keeps the backend its models were loaded on.
      const outcome = await page.evaluate(
        (message) =>
          new Promise<{ rows?: unknown[]; error?: string }>((resolve) => {
            const worker = new Worker('/bench-worker.js', { type: 'module' });
            worker.onmessage = ({ data }) => (worker.terminate(), resolve(data));
            worker.onerror = (event) => (worker.terminate(), resolve({ error: event.message || 'worker failed to start' }));
            worker.postMessage(message);
          }),
        target,
      );
      if (outcome.rows) rows.push(...(outcome.rows as VisionBenchRow[]));
      else skipped.push(`Chromium ${target.backend}: ${outcome.error}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { rows, skipped };
}

export async function mainVision(browser: boolean): Promise<void> {
  const rows = await benchNode();
  let skipped: string[] = [];
  if (browser) {
    const inBrowser = await benchBrowser();
    rows.push(...inBrowser.rows);
    skipped = inBrowser.skipped;
  }
  console.table(rows.map((row) => ({ runtime: row.runtime, model: row.model, 'images/s': row.imagesPerSecond, 'ms/image': row.msPerImage, runs: row.runs, 'load + warm-up ms': Math.round(row.loadMs) })));
  for (const line of skipped) console.log(`not measured: ${line}`);
  const dir = path.join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const out = path.join(dir, 'vision.json');
  writeFileSync(out, JSON.stringify({ machine: { node: process.version, cpus: cpus().length, date: new Date().toISOString() }, rows, skipped }, null, 2));
  console.log(`\nWrote ${out}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { values } = parseArgs({ options: { 'no-browser': { type: 'boolean', default: false } } });
  void mainVision(!values['no-browser']);
}
