/**
 * Writes an 8-bit copy of USE-lite and measures it against the float32 original.
 *
 *   npx tsx scripts/ml/quantize-use.ts [--out public/models/use-lite-q8] [--prompts 300]
 *
 * The quantization itself is lib/ml/node/quantize-use.ts (the set-up step builds the copy too).
 * Prints a table and writes bench/results/quantization.json.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { loadGraphModel, type GraphModel } from '@tensorflow/tfjs-converter';
import { planBatches } from '../../lib/ml/batching';
import { useLitePackageDir, useWasmBackend } from '../../lib/ml/node/load-use';
import { quantizeModel, readModel, type ModelJson } from '../../lib/ml/node/quantize-use';
import { adjustedRandIndex, kMeans, meanCosine, neighbourAgreement } from '../../lib/ml/student/agreement';
import { embedPieces, USE_DIMENSIONS, USE_TOKEN_CAP } from '../../lib/ml/use/encoder';
import { UseTokenizer, type Vocabulary } from '../../lib/ml/use/tokenizer';
import { heldOutPrompts } from './distil-student';

const KMEANS_RESTARTS = 10;
const RESULTS = path.resolve(process.cwd(), 'bench/results/quantization.json');


function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1]! : fallback;
}

function modelBytes(dir: string): number {
  const { weightsManifest } = JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8')) as ModelJson;
  return ['model.json', ...weightsManifest.flatMap((group) => group.paths)].reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0);
}

/** Loads a USE-lite copy from files (not memoised, unlike loadUseLiteInNode) and times it. */
async function loadTimed(dir: string): Promise<{ model: GraphModel; seconds: number }> {
  const started = performance.now();
  const { json, weights } = readModel(dir);
  const model = await loadGraphModel(
    tf.io.fromMemory({
      modelTopology: json.modelTopology as tf.io.ModelArtifacts['modelTopology'],
      weightSpecs: json.weightsManifest.flatMap((group) => group.weights),
      weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
    }),
  );
  return { model, seconds: (performance.now() - started) / 1000 };
}

async function embedAll(model: GraphModel, pieces: readonly number[][]): Promise<{ vectors: Float32Array; perSecond: number }> {
  await embedPieces(model, [pieces[0]!]);
  const vectors = new Float32Array(pieces.length * USE_DIMENSIONS);
  const started = performance.now();
  for (const batch of planBatches(pieces.map((ids) => ids.length))) {
    const rows = await embedPieces(model, batch.map((i) => pieces[i]!));
    batch.forEach((index, row) => vectors.set(rows.subarray(row * USE_DIMENSIONS, (row + 1) * USE_DIMENSIONS), index * USE_DIMENSIONS));
  }
  return { vectors, perSecond: pieces.length / ((performance.now() - started) / 1000) };
}

async function main() {
  const sourceDir = useLitePackageDir();
  const outDir = path.resolve(process.cwd(), argument('out', 'public/models/use-lite-q8'));
  const promptCount = Number(argument('prompts', '300'));
  const { quantized, kept } = quantizeModel(sourceDir, outDir);
  process.stderr.write(`wrote ${path.relative(process.cwd(), outDir)}: ${quantized} weights as uint8, ${kept} kept\n`);

  await useWasmBackend();
  const vocabulary = JSON.parse(readFileSync(path.join(sourceDir, 'vocab.json'), 'utf8')) as Vocabulary;
  const tokenizer = new UseTokenizer(vocabulary);
  const prompts = heldOutPrompts().slice(0, promptCount);
  const pieces = prompts.map((text) => {
    const ids = tokenizer.encode(text, USE_TOKEN_CAP);
    return ids.length > 0 ? ids : [tokenizer.encode('.')[0]!];
  });

  const fp32 = await loadTimed(sourceDir);
  const q8 = await loadTimed(outDir);
  const fp32Run = await embedAll(fp32.model, pieces);
  const q8Run = await embedAll(q8.model, pieces);
  const fp32Again = await embedAll(fp32.model, pieces); // a second pass: speed noise on a shared CPU
  const cosines = Array.from({ length: prompts.length }, (_, i) => {
    let dot = 0;
    for (let d = 0; d < USE_DIMENSIONS; d++) dot += fp32Run.vectors[i * USE_DIMENSIONS + d]! * q8Run.vectors[i * USE_DIMENSIONS + d]!;
    return dot;
  });
  const neighbours = neighbourAgreement(fp32Run.vectors, q8Run.vectors, USE_DIMENSIONS, 10);
  const seed = 20261124;
  const fp32Clusters = kMeans(fp32Run.vectors, USE_DIMENSIONS, 8, seed, KMEANS_RESTARTS);
  const round = (value: number, digits = 4) => Number(value.toFixed(digits));
  const results = {
    machine: { node: process.version, backend: 'wasm, one thread', date: new Date().toISOString() },
    prompts: prompts.length,
    promptsNote: 'held-out prompts of scripts/ml/distil-student.ts (never trained on), first 128 pieces',
    fp32: {
      dir: path.relative(process.cwd(), sourceDir),
      bytes: modelBytes(sourceDir),
      loadSeconds: round(fp32.seconds, 2),
      messagesPerSecond: Math.round(Math.max(fp32Run.perSecond, fp32Again.perSecond)),
    },
    q8: {
      dir: path.relative(process.cwd(), outDir),
      bytes: modelBytes(outDir),
      quantizedWeights: quantized,
      keptWeights: kept,
      loadSeconds: round(q8.seconds, 2),
      messagesPerSecond: Math.round(q8Run.perSecond),
    },
    agreement: {
      meanCosine: round(meanCosine(fp32Run.vectors, q8Run.vectors, USE_DIMENSIONS), 5),
      minCosine: round(Math.min(...cosines), 5),
      top10Overlap: round(neighbours.overlap),
      top10RandomBaseline: round(neighbours.randomBaseline),
      fp32Top1InQ8Top10: round(neighbours.top1InTopK),
      kMeans8Ari: round(adjustedRandIndex(fp32Clusters, kMeans(q8Run.vectors, USE_DIMENSIONS, 8, seed, KMEANS_RESTARTS))),
      // k-means itself is only so stable: the same fp32 vectors, another seed.
      kMeans8AriFp32OtherSeed: round(adjustedRandIndex(fp32Clusters, kMeans(fp32Run.vectors, USE_DIMENSIONS, 8, seed + 1, KMEANS_RESTARTS))),
    },
  };
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n');

  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  const rows = [
    ['', 'fp32', 'q8'],
    ['files (model.json + shards)', mb(results.fp32.bytes), mb(results.q8.bytes)],
    ['load (read + build graph)', `${results.fp32.loadSeconds} s`, `${results.q8.loadSeconds} s`],
    ['messages / s (one thread)', `${results.fp32.messagesPerSecond}`, `${results.q8.messagesPerSecond}`],
    ['mean cosine to fp32 (min)', '1', `${results.agreement.meanCosine} (${results.agreement.minCosine})`],
    [`top-10 neighbour overlap (random ${results.agreement.top10RandomBaseline})`, '1', `${results.agreement.top10Overlap}`],
    ['k-means k=8 ARI vs fp32', `${results.agreement.kMeans8AriFp32OtherSeed} (other seed)`, `${results.agreement.kMeans8Ari}`],
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
  console.log(`\n${prompts.length} held-out prompts; results → ${path.relative(process.cwd(), RESULTS)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
