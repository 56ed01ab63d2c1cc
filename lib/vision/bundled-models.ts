/**
 * The two bundled image models on TF.js, runtime-agnostic like lib/ml/use/encoder.ts: the caller
 * loads them (URLs in the worker, package files in Node) and picks the backend; this file feeds
 * one image to both and reads their outputs back as plain arrays.
 *
 * One input serves both: the image stretched to 512×512 RGB in 0..255, which is CenterNet's input
 * as @vladmandic/human feeds it. The NSFW model gets nsfwjs's own preprocessing of it: scaled to
 * 0..1 and resized bilinearly with aligned corners to 224×224.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { GraphModel } from '@tensorflow/tfjs-converter';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import { CENTERNET_INPUT_SIZE, type CenterNetHeads } from './centernet-decode';
import type { RgbImage } from './pixels';

export const ANALYSIS_SIZE = CENTERNET_INPUT_SIZE;
export const NSFW_INPUT_SIZE = 224;
const CENTERNET_OUTPUTS = ['tower_0/keypoints', 'tower_0/wh'];

export interface BundledVisionModels {
  nsfw: LayersModel;
  centerNet: GraphModel;
}

export interface BundledOutputs extends CenterNetHeads {
  /** Drawing, Hentai, Neutral, Porn, Sexy probabilities. */
  safety: Float32Array;
}

function checkInput(image: RgbImage): void {
  if (image.width !== ANALYSIS_SIZE || image.height !== ANALYSIS_SIZE || image.data.length !== ANALYSIS_SIZE * ANALYSIS_SIZE * 3) {
    throw new Error(`The vision models take ${ANALYSIS_SIZE}×${ANALYSIS_SIZE} RGB; got ${image.width}×${image.height}.`);
  }
}

function nsfwInput(image: tf.Tensor4D): tf.Tensor4D {
  return tf.tidy(() => tf.div(tf.image.resizeBilinear(image, [NSFW_INPUT_SIZE, NSFW_INPUT_SIZE], true), 255));
}

export async function runNsfw(model: LayersModel, image: tf.Tensor4D): Promise<Float32Array> {
  const output = tf.tidy(() => model.predict(nsfwInput(image)) as tf.Tensor);
  try {
    return (await output.data()) as Float32Array;
  } finally {
    output.dispose();
  }
}

export async function runCenterNet(model: GraphModel, image: tf.Tensor4D): Promise<CenterNetHeads> {
  const [keypoints, wh] = model.execute(image, CENTERNET_OUTPUTS) as tf.Tensor[];
  try {
    const [keypointValues, whValues] = await Promise.all([keypoints!.data(), wh!.data()]);
    return { keypoints: keypointValues as Float32Array, wh: whValues as Float32Array };
  } finally {
    tf.dispose([keypoints!, wh!]);
  }
}

export async function runBundledModels(models: BundledVisionModels, image: RgbImage): Promise<BundledOutputs> {
  checkInput(image);
  const input = tf.tensor4d(image.data, [1, ANALYSIS_SIZE, ANALYSIS_SIZE, 3]);
  try {
    const safety = await runNsfw(models.nsfw, input);
    return { safety, ...(await runCenterNet(models.centerNet, input)) };
  } finally {
    input.dispose();
  }
}

/** One run on a blank image: compiles WebGPU shaders / WASM kernels before the first real image. */
export async function warmUp(models: BundledVisionModels): Promise<void> {
  await runBundledModels(models, { data: new Float32Array(ANALYSIS_SIZE * ANALYSIS_SIZE * 3), width: ANALYSIS_SIZE, height: ANALYSIS_SIZE });
}
