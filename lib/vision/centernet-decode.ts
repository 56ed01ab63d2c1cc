/**
 * CenterNet (MobileNetV3 backbone, COCO-80, 512×512 input) post-processing on plain arrays.
 * Ported from @vladmandic/human's src/object/centernet.ts (MIT, © Vladimir Mandic) and from the
 * decoding graph inside its centernet.json, which we read straight from the model's two heads
 * instead of its `tower_0/detections` output: same peaks, same boxes (a test checks it against
 * the graph's own decoding), but testable without TF.js.
 *
 * - `keypoints`: 128×128×80 class heatmap (sigmoid), one cell per 4 input pixels;
 * - `wh`: 128×128×4 distances from the cell's centre to the box's left, top, right, bottom,
 *   in input pixels.
 * A detection is a heatmap cell that equals the maximum of its 3×3 neighbourhood in its class
 * (the graph's `MaxPool` + `Equal`), its box the cell position × 4 ± those distances.
 */
import { COCO_LABELS } from './coco-labels';
import { nonMaxSuppression, type ScoredBox } from './nms';
import type { DetectedObject } from './types';

export const CENTERNET_INPUT_SIZE = 512;
export const CENTERNET_GRID = 128;
export const CENTERNET_STRIDE = CENTERNET_INPUT_SIZE / CENTERNET_GRID;
export const CENTERNET_CLASSES = COCO_LABELS.length;
/** The graph's TopKV2 `k`: at most this many peaks are decoded. */
export const CENTERNET_TOP_K = 100;

/** human's defaults are 0.2 / 0.4 / 10; a little stricter on the score, as one photo rarely shows 10 things. */
export const OBJECT_DECODE_DEFAULTS = { minScore: 0.25, iouThreshold: 0.4, maxObjects: 10 } as const;

export interface CenterNetHeads {
  /** grid × grid × classes, row-major (y, x, class). */
  keypoints: ArrayLike<number>;
  /** grid × grid × 4, row-major (y, x, [left, top, right, bottom]). */
  wh: ArrayLike<number>;
  grid?: number;
  classes?: number;
  stride?: number;
}

/** A decoded peak: class index, score and corners in input pixels. */
export interface RawDetection extends ScoredBox {
  classIndex: number;
}

function isPeak(keypoints: ArrayLike<number>, grid: number, classes: number, y: number, x: number, c: number, value: number): boolean {
  for (let dy = -1; dy <= 1; dy++) {
    const yy = y + dy;
    if (yy < 0 || yy >= grid) continue;
    for (let dx = -1; dx <= 1; dx++) {
      const xx = x + dx;
      if (xx < 0 || xx >= grid || (dx === 0 && dy === 0)) continue;
      if (keypoints[(yy * grid + xx) * classes + c]! > value) return false;
    }
  }
  return true;
}

/**
 * The heatmap peaks at or above `minScore`, best first (at most `topK`), as boxes in input
 * pixels. Cells below `minScore` are skipped before the 3×3 test, which is what keeps this cheap:
 * only a few hundred of the 1.3 million cells are ever compared with their neighbours.
 */
export function decodeCenterNet(heads: CenterNetHeads, { minScore, topK = CENTERNET_TOP_K }: { minScore: number; topK?: number }): RawDetection[] {
  const grid = heads.grid ?? CENTERNET_GRID;
  const classes = heads.classes ?? CENTERNET_CLASSES;
  const stride = heads.stride ?? CENTERNET_STRIDE;
  const { keypoints, wh } = heads;
  if (keypoints.length !== grid * grid * classes) throw new Error(`CenterNet keypoints hold ${keypoints.length} values, expected ${grid}×${grid}×${classes}.`);
  if (wh.length !== grid * grid * 4) throw new Error(`CenterNet wh holds ${wh.length} values, expected ${grid}×${grid}×4.`);
  const found: RawDetection[] = [];
  for (let index = 0; index < keypoints.length; index++) {
    const score = keypoints[index]!;
    if (!(score >= minScore)) continue;
    const c = index % classes;
    const cell = (index - c) / classes;
    const x = cell % grid;
    const y = (cell - x) / grid;
    if (!isPeak(keypoints, grid, classes, y, x, c, score)) continue;
    const at = cell * 4;
    found.push({
      classIndex: c,
      score,
      x1: x * stride - wh[at]!,
      y1: y * stride - wh[at + 1]!,
      x2: x * stride + wh[at + 2]!,
      y2: y * stride + wh[at + 3]!,
    });
  }
  // Stable sort: equal scores keep the flat index order, as TopKV2 does.
  return found.sort((a, b) => b.score - a.score).slice(0, topK);
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));
const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** Input-pixel detections → labelled boxes as fractions of the image (the input is the whole image, stretched). */
export function toDetectedObjects(detections: readonly RawDetection[], inputSize = CENTERNET_INPUT_SIZE): DetectedObject[] {
  return detections.map(({ classIndex, score, x1, y1, x2, y2 }) => {
    const left = clamp01(x1 / inputSize);
    const top = clamp01(y1 / inputSize);
    return {
      label: COCO_LABELS[classIndex] ?? `class ${classIndex}`,
      score: round3(score),
      box: [round3(left), round3(top), round3(clamp01(x2 / inputSize) - left), round3(clamp01(y2 / inputSize) - top)],
    };
  });
}

/** Heads → the image's objects: peaks, then class-agnostic NMS (human's post-processing). */
export function detectObjects(heads: CenterNetHeads, options: Partial<typeof OBJECT_DECODE_DEFAULTS> = {}): DetectedObject[] {
  const { minScore, iouThreshold, maxObjects } = { ...OBJECT_DECODE_DEFAULTS, ...options };
  const peaks = decodeCenterNet(heads, { minScore });
  return toDetectedObjects(nonMaxSuppression(peaks, { iouThreshold, minScore, maxBoxes: maxObjects }));
}
