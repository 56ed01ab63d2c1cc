/**
 * The hub image models without a download: offline (the default) they fail at once with the
 * clear "hub models are off" error and fetch nothing, so the bundled results stand alone.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { env } from '@huggingface/transformers';
import { HUB_OFF_MESSAGE, HubModelError } from '@/lib/ml/hub/errors';
import { getModel } from '@/lib/models/catalog';
import { loadHubCaptioner } from './captions';
import { loadHubImageTagger, TAG_CANDIDATES } from './tags';

let empty: string;
beforeAll(async () => {
  empty = await mkdtemp(path.join(tmpdir(), 'no-vision-models-'));
});
afterAll(() => rm(empty, { recursive: true, force: true }));

describe('hub image models', () => {
  it.each([
    ['tagger', () => loadHubImageTagger({ device: 'cpu', hubEnabled: false, baseUrl: null, localModelPath: empty }), 'clip-vit-base-patch32'],
    ['captioner', () => loadHubCaptioner({ device: 'cpu', hubEnabled: false, baseUrl: null, localModelPath: empty }), 'vit-gpt2-image-captioning'],
  ])('the %s fails with "Hub models are off" when remote loading is off, without fetching', async (_name, load, id) => {
    const envFetch = vi.spyOn(env, 'fetch');
    const globalFetch = vi.spyOn(globalThis, 'fetch');
    try {
      const failure = await load().catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(HubModelError);
      expect(failure).toMatchObject({ code: 'hub-off', message: HUB_OFF_MESSAGE, modelId: id });
      expect(envFetch).not.toHaveBeenCalled();
      expect(globalFetch).not.toHaveBeenCalled();
    } finally {
      envFetch.mockRestore();
      globalFetch.mockRestore();
    }
  });

  it('refuses models of another task', async () => {
    await expect(loadHubImageTagger({ model: 'vit-gpt2-image-captioning', device: 'cpu', hubEnabled: false })).rejects.toMatchObject({ code: 'unknown-model' });
    await expect(loadHubCaptioner({ model: 'centernet-coco', device: 'cpu', hubEnabled: false })).rejects.toMatchObject({ code: 'unknown-model' });
  });

  it('has one prompt per tag and a catalog entry for each default model', () => {
    expect(new Set(TAG_CANDIDATES.map((tag) => tag.prompt)).size).toBe(TAG_CANDIDATES.length);
    expect(new Set(TAG_CANDIDATES.map((tag) => tag.label)).size).toBe(TAG_CANDIDATES.length);
    expect(getModel('Xenova/clip-vit-base-patch32')).toMatchObject({ tier: 'hub', task: 'zero-shot-image-classification' });
    expect(getModel('Xenova/vit-gpt2-image-captioning')).toMatchObject({ tier: 'hub', task: 'image-captioning' });
  });
});
