/**
 * One image → its ImageAnalysis: the bundled models' findings (always), then what the hub tier
 * added (tags, caption) when it ran. The two halves are separate so a hub failure leaves the
 * bundled results standing. Runs in the worker and in Node alike.
 */
import { detectObjects } from './centernet-decode';
import { runBundledModels, type BundledVisionModels } from './bundled-models';
import { pixelStats, type PixelStats, type RgbImage } from './pixels';
import { safetyFromScores } from './safety';
import { imageThemes, type ImageShape, type Theme } from './themes';
import type { DetectedObject, ImageAnalysis } from './types';

export interface BundledFindings {
  safety: ImageAnalysis['safety'];
  objects: DetectedObject[];
  stats: PixelStats;
  shape: ImageShape;
}

/** A CLIP tag: our short label, its score, and the theme it stands for (if any). */
export interface ImageTag {
  label: string;
  score: number;
  theme?: Theme;
}

export interface HubFindings {
  /** Best first. */
  tags?: readonly ImageTag[];
  caption?: string;
}

/** Tags kept on the analysis: the best few that say anything at all. */
const MAX_TAGS = 5;
const MIN_TAG_SCORE = 0.05;

/** `rgb` is the picture stretched to 512×512 (rgbaToRgb of what the canvas gave); `shape` describes the original. */
export async function findBundled(models: BundledVisionModels, rgb: RgbImage, shape: ImageShape): Promise<BundledFindings> {
  const outputs = await runBundledModels(models, rgb);
  return { safety: safetyFromScores(outputs.safety), objects: detectObjects(outputs), stats: pixelStats(rgb), shape };
}

export function toImageAnalysis(bundled: BundledFindings, hub: HubFindings = {}): ImageAnalysis {
  const analysis: ImageAnalysis = {
    safety: bundled.safety,
    objects: bundled.objects,
    themes: imageThemes({ ...bundled, tags: hub.tags }),
  };
  if (hub.caption) analysis.caption = hub.caption;
  if (hub.tags) {
    analysis.tags = hub.tags
      .filter((tag) => tag.score >= MIN_TAG_SCORE)
      .slice(0, MAX_TAGS)
      .map(({ label, score }) => ({ label, score: Math.round(score * 1000) / 1000 }));
  }
  return analysis;
}
