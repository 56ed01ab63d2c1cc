import { describe, expect, it } from 'vitest';
import { iou, nonMaxSuppression } from './nms';

const box = (x1: number, y1: number, x2: number, y2: number, score: number, id = '') => ({ x1, y1, x2, y2, score, id });

describe('non-maximum suppression', () => {
  it('measures overlap as intersection over union', () => {
    expect(iou(box(0, 0, 10, 10, 1), box(0, 0, 10, 10, 1))).toBe(1);
    expect(iou(box(0, 0, 10, 10, 1), box(5, 0, 15, 10, 1))).toBeCloseTo(50 / 150);
    expect(iou(box(0, 0, 10, 10, 1), box(10, 0, 20, 10, 1))).toBe(0);
    expect(iou(box(0, 0, 0, 0, 1), box(0, 0, 0, 0, 1))).toBe(0);
  });

  it('keeps the best of overlapping boxes, drops weak ones and stops at the cap', () => {
    const boxes = [
      box(0, 0, 10, 10, 0.6, 'a'),
      box(1, 1, 11, 11, 0.9, 'b'), // overlaps a by 0.68: a goes
      box(50, 50, 60, 60, 0.5, 'c'),
      box(55, 50, 65, 60, 0.45, 'd'), // overlaps c by 1/3: kept at 0.4
      box(100, 100, 110, 110, 0.1, 'e'), // below the score floor
    ];
    expect(nonMaxSuppression(boxes, { iouThreshold: 0.4, minScore: 0.2, maxBoxes: 10 }).map((b) => b.id)).toEqual(['b', 'c', 'd']);
    expect(nonMaxSuppression(boxes, { iouThreshold: 0.3, minScore: 0.2, maxBoxes: 10 }).map((b) => b.id)).toEqual(['b', 'c']);
    expect(nonMaxSuppression(boxes, { iouThreshold: 0.4, minScore: 0.2, maxBoxes: 2 }).map((b) => b.id)).toEqual(['b', 'c']);
  });
});
