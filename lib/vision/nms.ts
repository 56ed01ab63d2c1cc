/**
 * Greedy non-maximum suppression, as TF.js's `image.nonMaxSuppression` does it: highest score
 * first, a box is kept unless it overlaps a kept one by more than `iouThreshold`. Class-agnostic,
 * like @vladmandic/human's CenterNet post-processing. Pure, for plain arrays.
 */

/** Corners in any one unit: x1 < x2, y1 < y2. */
export interface ScoredBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  score: number;
}

export function iou(a: ScoredBox, b: ScoredBox): number {
  const width = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const height = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  if (width <= 0 || height <= 0) return 0;
  const overlap = width * height;
  const union = (a.x2 - a.x1) * (a.y2 - a.y1) + (b.x2 - b.x1) * (b.y2 - b.y1) - overlap;
  return union > 0 ? overlap / union : 0;
}

export interface NmsOptions {
  iouThreshold: number;
  minScore: number;
  maxBoxes: number;
}

/** The kept boxes, best first. Ties keep their input order. */
export function nonMaxSuppression<T extends ScoredBox>(boxes: readonly T[], { iouThreshold, minScore, maxBoxes }: NmsOptions): T[] {
  const candidates = boxes.filter((box) => box.score >= minScore).sort((a, b) => b.score - a.score);
  const kept: T[] = [];
  for (const box of candidates) {
    if (kept.length >= maxBoxes) break;
    if (kept.every((other) => iou(box, other) <= iouThreshold)) kept.push(box);
  }
  return kept;
}
