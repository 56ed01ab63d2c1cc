/**
 * A batch through the real bundled models (PNG decoded in Node): every image gets its analysis or
 * its own error, a failing hub model is reported once and the batch goes on, progress counts up
 * with an ETA, and cancelling stops between images.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BundledVisionModels } from '../bundled-models';
import { house, stopSign } from '../drawing.fixture';
import { analyseBatch, type VisionBatchEvents, type VisionItem, type VisionProgress } from '../run-batch';
import type { ImageAnalysis } from '../types';
import type { VisionImageError } from '../image-errors';
import { loadVisionModelsInNode } from './load-models';
import { decodePng, encodePng } from './png-port';

let models: BundledVisionModels;
let sign: Blob;
beforeAll(async () => {
  models = await loadVisionModelsInNode();
  sign = encodePng(stopSign());
});

function recorder() {
  const images = new Map<string, ImageAnalysis>();
  const errors = new Map<string, VisionImageError>();
  const progress: VisionProgress[] = [];
  const hubFailures: string[] = [];
  const events: VisionBatchEvents = {
    onImage: (id, analysis) => images.set(id, analysis),
    onImageError: (id, error) => errors.set(id, error),
    onProgress: (next) => progress.push(next),
    onHubFailure: (what, message) => hubFailures.push(`${what}: ${message}`),
  };
  return { images, errors, progress, hubFailures, events };
}

describe('a vision batch', () => {
  it('reports each image, and each bad one with its own error, without failing the batch', async () => {
    const truncated = new Blob([(await sign.arrayBuffer()).slice(0, 300)], { type: 'image/png' });
    const items: VisionItem[] = [
      { assetId: 'sign', blob: sign },
      { assetId: 'empty', blob: new Blob([], { type: 'image/png' }) },
      { assetId: 'truncated', blob: truncated },
      { assetId: 'heic', blob: new Blob([new Uint8Array(64)]), mimeType: 'image/heic' },
      { assetId: 'house', blob: encodePng(house()) },
    ];
    const run = recorder();
    const captions = ['a red stop sign on a pole', 'a drawing of a house'];
    const hub = {
      tag: async () => {
        throw new Error('Could not reach huggingface.co');
      },
      caption: async () => captions.shift()!,
    };
    const summary = await analyseBatch(items, { decode: decodePng, bundled: models, hub }, run.events);

    expect([...run.images.keys()]).toEqual(['sign', 'house']);
    expect(run.images.get('sign')!.objects[0]).toMatchObject({ label: 'stop sign' });
    expect(run.images.get('sign')!.caption).toBe('a red stop sign on a pole');
    expect(run.images.get('house')!.caption).toBe('a drawing of a house');
    expect(run.images.get('sign')).not.toHaveProperty('tags');
    expect(Object.fromEntries([...run.errors].map(([id, error]) => [id, error.code]))).toEqual({ empty: 'empty-image', truncated: 'corrupt-image', heic: 'unsupported-image' });
    expect(run.errors.get('truncated')!.message).toMatch(/^The image could not be decoded: the file \(image\/png, 1 kB\) is damaged/);
    expect(run.hubFailures).toEqual(['tags: Could not reach huggingface.co']);
    expect(summary).toMatchObject({ analysed: 2, failed: 3 });

    expect(run.progress.map((p) => [p.done, p.failed])).toEqual([[0, 0], [1, 0], [2, 1], [3, 2], [4, 3], [5, 3]]);
    expect(run.progress[0]!.etaMs).toBeNull();
    expect(run.progress[1]!.etaMs).toBeGreaterThan(0);
    expect(run.progress.at(-1)!.etaMs).toBe(0);
  });

  it('stops between images when cancelled', async () => {
    const controller = new AbortController();
    const run = recorder();
    const items = ['a', 'b', 'c'].map((assetId) => ({ assetId, blob: sign }));
    const events = { ...run.events, onImage: (id: string, analysis: ImageAnalysis) => (run.images.set(id, analysis), controller.abort()) };
    await expect(analyseBatch(items, { decode: decodePng, bundled: models }, events, controller.signal)).rejects.toThrow(/abort/i);
    expect([...run.images.keys()]).toEqual(['a']);
  });
});
