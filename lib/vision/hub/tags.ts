/**
 * Hub-tier zero-shot tags: CLIP scores an image against a fixed list of short descriptions, and
 * each description stands for one of our themes. A lazy singleton per (model, device, dtype)
 * cached as a promise and forgotten when it fails (lib/ml/hub/singleton.ts).
 */
import type { ImageTag } from '../analyze';
import type { RgbImage } from '../pixels';
import type { Theme } from '../themes';
import { classifyHubError } from '@/lib/ml/hub/errors';
import { loadHubSingleton } from '@/lib/ml/hub/singleton';
import { hubVisionModel, pipelineOptions, toRawImage, transformersWith, warmUpImage, type HubVisionOptions } from './load';

export const DEFAULT_TAG_MODEL = 'clip-vit-base-patch32';

/** CLIP reads whole phrases best; `label` is what we store and show. */
export const TAG_CANDIDATES: readonly { label: string; prompt: string; theme: Theme }[] = [
  { label: 'screenshot', prompt: 'a screenshot of an app or a website', theme: 'screenshot' },
  { label: 'code', prompt: 'a screenshot of program code', theme: 'screenshot' },
  { label: 'document', prompt: 'a photo of a printed document', theme: 'documents' },
  { label: 'handwriting', prompt: 'a photo of handwritten notes', theme: 'documents' },
  { label: 'diagram', prompt: 'a diagram or a chart', theme: 'documents' },
  { label: 'food', prompt: 'a photo of food', theme: 'food' },
  { label: 'selfie', prompt: 'a selfie', theme: 'people' },
  { label: 'people', prompt: 'a photo of people', theme: 'people' },
  { label: 'pet', prompt: 'a photo of a pet', theme: 'animals' },
  { label: 'landscape', prompt: 'a landscape photo', theme: 'outdoors' },
  { label: 'drawing', prompt: 'a drawing or an illustration', theme: 'drawings' },
  { label: 'meme', prompt: 'a meme', theme: 'memes' },
  { label: 'product', prompt: 'a product photo', theme: 'things' },
  { label: 'vehicle', prompt: 'a photo of a car or another vehicle', theme: 'vehicles' },
];

export interface HubImageTagger {
  use: { id: string; device: string; dtype: string };
  /** Every candidate with its probability, best first. */
  tag(image: RgbImage): Promise<ImageTag[]>;
  dispose(): Promise<void>;
}

const loaded = new Map<string, Promise<HubImageTagger>>();

export function loadHubImageTagger(options: HubVisionOptions): Promise<HubImageTagger> {
  return loadHubSingleton(loaded, () => hubVisionModel(options.model ?? DEFAULT_TAG_MODEL, 'zero-shot-image-classification'), options, async (model, dtype) => {
    const { transformers, settings } = await transformersWith(options);
    let classifier: Awaited<ReturnType<typeof transformers.pipeline<'zero-shot-image-classification'>>>;
    try {
      classifier = await transformers.pipeline('zero-shot-image-classification', model.source.repo, pipelineOptions(model, dtype, options));
    } catch (error) {
      throw classifyHubError(error, { id: model.id, name: model.name, repo: model.source.repo }, settings);
    }
    const byPrompt = new Map(TAG_CANDIDATES.map((candidate) => [candidate.prompt, candidate]));
    const prompts = TAG_CANDIDATES.map((candidate) => candidate.prompt);
    const tag = async (image: RgbImage): Promise<ImageTag[]> => {
      const output = (await classifier(toRawImage(transformers.RawImage, image), prompts, { hypothesis_template: '{}' })) as { label: string; score: number }[];
      return output.map(({ label, score }) => {
        const candidate = byPrompt.get(label);
        if (!candidate) throw new Error(`${model.name} answered with an unknown label "${label}".`);
        return { label: candidate.label, score, theme: candidate.theme };
      });
    };
    await tag(warmUpImage());
    return { use: { id: model.id, device: options.device, dtype }, tag, dispose: () => classifier.dispose() };
  });
}
