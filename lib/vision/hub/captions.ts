/**
 * Hub-tier captions: ViT-GPT2 writes one line per image, greedily (the same image gives the same
 * caption). A lazy singleton per (model, device, dtype) cached as a promise, like the tagger.
 */
import type { RgbImage } from '../pixels';
import { classifyHubError } from '@/lib/ml/hub/errors';
import { loadHubSingleton } from '@/lib/ml/hub/singleton';
import { hubVisionModel, pipelineOptions, toRawImage, transformersWith, warmUpImage, type HubVisionOptions } from './load';

export const DEFAULT_CAPTION_MODEL = 'vit-gpt2-image-captioning';
/** Its captions run 8–15 tokens ("a man riding a wave on top of a surfboard"). */
export const CAPTION_MAX_TOKENS = 24;

export interface HubCaptioner {
  use: { id: string; device: string; dtype: string };
  caption(image: RgbImage): Promise<string>;
  dispose(): Promise<void>;
}

const loaded = new Map<string, Promise<HubCaptioner>>();

export function loadHubCaptioner(options: HubVisionOptions): Promise<HubCaptioner> {
  return loadHubSingleton(loaded, () => hubVisionModel(options.model ?? DEFAULT_CAPTION_MODEL, 'image-captioning'), options, async (model, dtype) => {
    const { transformers, settings } = await transformersWith(options);
    let captioner: Awaited<ReturnType<typeof transformers.pipeline<'image-to-text'>>>;
    try {
      captioner = await transformers.pipeline('image-to-text', model.source.repo, pipelineOptions(model, dtype, options));
    } catch (error) {
      throw classifyHubError(error, { id: model.id, name: model.name, repo: model.source.repo }, settings);
    }
    const caption = async (image: RgbImage, maxTokens = CAPTION_MAX_TOKENS): Promise<string> => {
      const output = (await captioner(toRawImage(transformers.RawImage, image), { max_new_tokens: maxTokens })) as { generated_text: string }[];
      const text = output[0]?.generated_text;
      if (typeof text !== 'string') throw new Error(`${model.name} returned no caption.`);
      return text.trim();
    };
    await caption(warmUpImage(), 1);
    return { use: { id: model.id, device: options.device, dtype }, caption: (image) => caption(image), dispose: () => captioner.dispose() };
  });
}
