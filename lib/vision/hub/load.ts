/**
 * What the hub-tier image models share: transformers.js imported on first use (the bundled tier
 * never loads it), `env` set from the user's switch and the deployer's mirror, the catalog lookup
 * and the pipeline options. Same conventions as lib/ml/hub.
 */
import type { ProgressInfo } from '@huggingface/transformers';
import type { HubDevice } from '@/lib/ml/hub/encoder';
import { applyHubSettings, resolveHubSettings, type HubEnvSettings, type HubOptions, type TransformersEnvLike } from '@/lib/ml/hub/settings';
import { hubCatalogModel, inBrowserRuntime, type HubCatalogModel } from '@/lib/ml/hub/singleton';
import type { ModelTask } from '@/lib/models/types';
import { rgbBytes, type RgbImage } from '../pixels';

export interface HubVisionOptions extends HubOptions {
  /** Catalog id or hub repo; each loader has its default. */
  model?: string;
  device: HubDevice;
  /** Defaults to the catalog's dtype for the device. */
  dtype?: string;
  /** transformers.js download events, forwarded unchanged (one bar per file). */
  onProgress?: (info: ProgressInfo) => void;
}

export function hubVisionModel(idOrRepo: string, task: ModelTask): HubCatalogModel {
  return hubCatalogModel(idOrRepo, (model) => model.task === task, `hub ${task} model`);
}

export async function transformersWith(options: HubOptions): Promise<{ transformers: typeof import('@huggingface/transformers'); settings: HubEnvSettings }> {
  const settings = resolveHubSettings(options);
  const transformers = await import('@huggingface/transformers');
  applyHubSettings(transformers.env as unknown as TransformersEnvLike, settings, { browser: inBrowserRuntime() });
  return { transformers, settings };
}

export function pipelineOptions(model: HubCatalogModel, dtype: string, options: HubVisionOptions) {
  return {
    device: options.device,
    dtype: dtype as never,
    revision: model.source.revision,
    ...(options.onProgress ? { progress_callback: options.onProgress } : {}),
  };
}

/** Our RGB floats as the RawImage transformers.js's processors take. */
export function toRawImage(RawImage: typeof import('@huggingface/transformers').RawImage, image: RgbImage) {
  return new RawImage(rgbBytes(image), image.width, image.height, 3);
}

/** A small grey image for the warm-up run (compiles WebGPU shaders while the UI says "loading"). */
export function warmUpImage(): RgbImage {
  return { data: new Float32Array(64 * 64 * 3).fill(128), width: 64, height: 64 };
}
