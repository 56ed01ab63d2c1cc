/**
 * An 8-bit copy of USE-lite with TF.js's own weight quantization: each float32 weight of ≥ 1024
 * values is stored as uint8 with `quantization: {dtype: 'uint8', min, scale}` in the manifest, and
 * TF.js dequantises it at load time (value = q·scale + min), so graph and loaders are unchanged.
 * The affine range is the TF.js converter's: min nudged so that 0 is exactly representable.
 * Biases, layer norms and scalars (< 1024 values) and int32 weights stay as they are. Same input,
 * same bytes: the set-up step builds it and verifies the pinned sha256 (28.2 MB → 7.2 MB).
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type * as tf from '@tensorflow/tfjs-core';

const SHARD_BYTES = 4 * 1024 * 1024;
const MIN_QUANTIZED_VALUES = 1024;

export interface ModelJson {
  modelTopology: unknown;
  weightsManifest: tf.io.WeightsManifestConfig;
  [key: string]: unknown;
}

export function readModel(dir: string): { json: ModelJson; weights: Buffer } {
  const json = JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8')) as ModelJson;
  const weights = Buffer.concat(json.weightsManifest.flatMap((group) => group.paths).map((file) => readFileSync(path.join(dir, file))));
  return { json, weights };
}

/** uint8 affine quantization as tensorflowjs's converter does it (quantization.py). */
function quantizeUint8(values: Float32Array): { bytes: Uint8Array; min: number; scale: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const value of values) {
    lo = Math.min(lo, value);
    hi = Math.max(hi, value);
  }
  // The range must hold 0 so that zeros stay zeros.
  lo = Math.min(lo, 0);
  hi = Math.max(hi, 0);
  const scale = Math.fround((hi - lo) / 255) || 1;
  const min = Math.fround(Math.round(lo / scale) * scale);
  const max = Math.fround(min + scale * 255);
  const bytes = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) bytes[i] = Math.min(255, Math.round((Math.min(max, Math.max(min, values[i]!)) - min) / scale));
  return { bytes, min, scale };
}

export function quantizeModel(sourceDir: string, outDir: string): { quantized: number; kept: number } {
  const { json, weights } = readModel(sourceDir);
  const specs = json.weightsManifest.flatMap((group) => group.weights);
  const parts: Uint8Array[] = [];
  const outSpecs: tf.io.WeightsManifestEntry[] = [];
  let offset = 0;
  let quantized = 0;
  for (const spec of specs) {
    if (spec.quantization) throw new Error(`${spec.name} is already quantized`);
    const size = spec.shape.reduce((a, b) => a * b, 1);
    const raw = weights.subarray(offset, offset + size * 4);
    offset += size * 4;
    if (spec.dtype === 'float32' && size >= MIN_QUANTIZED_VALUES) {
      const values = new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
      const { bytes, min, scale } = quantizeUint8(values);
      parts.push(bytes);
      outSpecs.push({ ...spec, quantization: { dtype: 'uint8', min, scale } });
      quantized++;
    } else {
      parts.push(new Uint8Array(raw));
      outSpecs.push(spec);
    }
  }
  if (offset !== weights.length) throw new Error('weights manifest does not cover the weight files');
  const data = Buffer.concat(parts);
  const shardCount = Math.ceil(data.length / SHARD_BYTES);
  const paths = Array.from({ length: shardCount }, (_, i) => `group1-shard${i + 1}of${shardCount}`);
  mkdirSync(outDir, { recursive: true });
  for (const file of readdirSync(outDir)) if (/^group\d+-shard\d+of\d+$/.test(file) && !paths.includes(file)) throw new Error(`stale shard ${file} in ${outDir}`);
  paths.forEach((file, i) => writeFileSync(path.join(outDir, file), data.subarray(i * SHARD_BYTES, (i + 1) * SHARD_BYTES)));
  writeFileSync(path.join(outDir, 'model.json'), JSON.stringify({ ...json, weightsManifest: [{ paths, weights: outSpecs }] }));
  copyFileSync(path.join(sourceDir, 'vocab.json'), path.join(outDir, 'vocab.json'));
  return { quantized, kept: specs.length - quantized };
}
