/** What the Node and browser halves of bench/vision.ts share: the runs and what they time. */
import * as tf from '@tensorflow/tfjs-core';
import { ANALYSIS_SIZE, runCenterNet, runNsfw, type BundledVisionModels } from '../lib/vision/bundled-models';
import { detectObjects } from '../lib/vision/centernet-decode';
import { barChart, gradient, house, stopSign, textPage } from '../lib/vision/drawing.fixture';
import { rgbaToRgb, type RgbaImage } from '../lib/vision/pixels';
import { analyseBatch, type VisionPorts } from '../lib/vision/run-batch';

export interface Timing {
  runs: number;
  /** Median milliseconds per image. */
  msPerImage: number;
  imagesPerSecond: number;
}

export interface VisionBenchRow extends Timing {
  runtime: string;
  model: string;
  /** Loading both models and one warm-up run on this backend. */
  loadMs: number;
}

export interface RunPlan {
  min: number;
  max: number;
  /** Stop after `min` runs once this is spent. */
  budgetMs: number;
  /**
   * One untimed run first (default true). The slow backends skip it: loading already ran both
   * models once, and a software-WebGPU run takes a minute.
   */
  untimed?: boolean;
}

/** At least `min` and at most `max` timed runs; the median. */
export async function timeRuns(run: () => Promise<unknown>, { min, max, budgetMs, untimed = true }: RunPlan): Promise<Timing> {
  if (untimed) await run();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < max && (times.length < min || performance.now() - started < budgetMs)) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { runs: times.length, msPerImage: Math.round(median), imagesPerSecond: Math.round((1000 / median) * 100) / 100 };
}

/** The images every run draws from: the test drawings. */
export const benchDrawings = (): RgbaImage[] => [stopSign(), house(), barChart(), textPage(), gradient()];

export interface MeasurePlan extends RunPlan {
  /** Also time whole images: `blobs` through `decode`, both models and the themes. */
  whole?: { blobs: Blob[]; decode: VisionPorts['decode'] };
}

const QUIET = { onImage: () => {}, onImageError: () => {}, onProgress: () => {}, onHubFailure: () => {} };

/** Each model alone on one drawing (CenterNet with our decoding), then, if asked, whole images. */
export async function measureModels(runtime: string, models: BundledVisionModels, loadMs: number, { whole, ...plan }: MeasurePlan): Promise<VisionBenchRow[]> {
  const input = tf.tensor4d(rgbaToRgb(stopSign()).data, [1, ANALYSIS_SIZE, ANALYSIS_SIZE, 3]);
  try {
    const rows: VisionBenchRow[] = [
      { runtime, model: 'NSFW MobileNetV2 (224²)', loadMs, ...(await timeRuns(() => runNsfw(models.nsfw, input), plan)) },
      { runtime, model: 'CenterNet (512², + decode)', loadMs, ...(await timeRuns(async () => detectObjects(await runCenterNet(models.centerNet, input)), plan)) },
    ];
    if (!whole) return rows;
    let next = 0;
    const full = await timeRuns(async () => {
      const summary = await analyseBatch([{ assetId: 'bench', blob: whole.blobs[next++ % whole.blobs.length]! }], { decode: whole.decode, bundled: models }, QUIET);
      if (summary.analysed !== 1) throw new Error('a drawing could not be analysed');
    }, plan);
    return [...rows, { runtime, model: 'Whole image (decode + both models + themes)', loadMs, ...full }];
  } finally {
    input.dispose();
  }
}
