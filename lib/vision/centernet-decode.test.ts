/**
 * CenterNet decoding on hand-built heads with known peaks (the real model's heads are checked
 * against its own graph decoding in node/bundled-models.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { COCO_LABELS } from './coco-labels';
import { CENTERNET_CLASSES, CENTERNET_GRID, decodeCenterNet, detectObjects } from './centernet-decode';

const PERSON = COCO_LABELS.indexOf('person');
const DOG = COCO_LABELS.indexOf('dog');
const PIZZA = COCO_LABELS.indexOf('pizza');

function heads() {
  const keypoints = new Float32Array(CENTERNET_GRID * CENTERNET_GRID * CENTERNET_CLASSES);
  const wh = new Float32Array(CENTERNET_GRID * CENTERNET_GRID * 4);
  const set = (y: number, x: number, c: number, score: number) => (keypoints[(y * CENTERNET_GRID + x) * CENTERNET_CLASSES + c] = score);
  const size = (y: number, x: number, [left, top, right, bottom]: number[]) => wh.set([left!, top!, right!, bottom!], (y * CENTERNET_GRID + x) * 4);
  return { keypoints, wh, set, size };
}

describe('CenterNet decoding', () => {
  it('finds 3×3 peaks, per class, and turns cell + distances into boxes', () => {
    const { keypoints, wh, set, size } = heads();
    // A person at cell (y 32, x 64) with a halo that is not a peak; a dog in the corner.
    for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) set(32 + dy, 64 + dx, PERSON, 0.5);
    set(32, 64, PERSON, 0.9);
    size(32, 64, [40, 60, 40, 100]);
    set(127, 0, DOG, 0.6);
    size(127, 0, [10, 20, 30, 4]);
    // Another class at the person's cell is its own peak.
    set(32, 64, PIZZA, 0.3);
    const peaks = decodeCenterNet({ keypoints, wh }, { minScore: 0.25 });
    expect(peaks.map((p) => [COCO_LABELS[p.classIndex], p.score])).toEqual([
      ['person', expect.closeTo(0.9)],
      ['dog', expect.closeTo(0.6)],
      ['pizza', expect.closeTo(0.3)],
    ]);
    expect(peaks[0]).toMatchObject({ x1: 64 * 4 - 40, y1: 32 * 4 - 60, x2: 64 * 4 + 40, y2: 32 * 4 + 100 });
    expect(peaks[1]).toMatchObject({ x1: -10, y1: 127 * 4 - 20, x2: 30, y2: 127 * 4 + 4 });
  });

  it('keeps both cells of a plateau, as MaxPool + Equal does', () => {
    const { keypoints, wh, set } = heads();
    set(10, 10, DOG, 0.7);
    set(10, 11, DOG, 0.7);
    expect(decodeCenterNet({ keypoints, wh }, { minScore: 0.5 })).toHaveLength(2);
  });

  it('labels, normalises, clamps and suppresses overlapping peaks', () => {
    const { keypoints, wh, set, size } = heads();
    set(64, 64, PERSON, 0.8);
    size(64, 64, [64, 128, 64, 128]); // x 192..320, y 128..384
    set(66, 66, PERSON, 0.7); // two cells away: a separate peak, the same person
    size(66, 66, [64, 128, 64, 128]);
    set(0, 127, DOG, 0.5);
    size(0, 127, [20, 40, 40, 40]); // spills past the top and right edges
    set(100, 20, PIZZA, 0.2); // below the score floor
    const objects = detectObjects({ keypoints, wh });
    expect(objects).toEqual([
      { label: 'person', score: 0.8, box: [0.375, 0.25, 0.25, 0.5] },
      { label: 'dog', score: 0.5, box: [0.953, 0, 0.047, 0.078] },
    ]);
  });

  it('rejects heads of the wrong size', () => {
    expect(() => decodeCenterNet({ keypoints: new Float32Array(10), wh: new Float32Array(10) }, { minScore: 0.2 })).toThrow(/expected 128×128×80/);
  });
});
