/**
 * Plain-word themes for an image ("mostly screenshots and food"), from what the bundled models
 * saw and the image's shape, plus the CLIP tags when the hub tier ran. Pure.
 *
 * - Format first: a flat image (interface, chart, rendered page) is a 'screenshot', or a
 *   'documents' page when it is light and page-shaped; an illustration the NSFW model calls a
 *   drawing is 'drawings'.
 * - Then what is in it: each COCO label belongs to one theme; tableware alone counts as 'food'
 *   only with food or other tableware beside it (a mug on a desk is not a meal).
 */
import type { CocoLabel } from './coco-labels';
import { isPageShaped, isScreenSize } from './screens';
import type { PixelStats } from './pixels';
import type { DetectedObject, ImageAnalysis } from './types';

export type Theme =
  | 'screenshot'
  | 'documents'
  | 'drawings'
  | 'memes'
  | 'people'
  | 'animals'
  | 'food'
  | 'vehicles'
  | 'outdoors'
  | 'sports'
  | 'interiors'
  | 'devices'
  | 'things';

const OBJECT_THEMES: Record<Exclude<Theme, 'screenshot' | 'documents' | 'drawings' | 'memes'>, readonly CocoLabel[]> = {
  people: ['person'],
  animals: ['bird', 'cat', 'dog', 'horse', 'sheep', 'cow', 'elephant', 'bear', 'zebra', 'giraffe'],
  food: ['banana', 'apple', 'sandwich', 'orange', 'broccoli', 'carrot', 'hot dog', 'pizza', 'donut', 'cake'],
  vehicles: ['bicycle', 'car', 'motorcycle', 'airplane', 'bus', 'train', 'truck', 'boat'],
  outdoors: ['traffic light', 'fire hydrant', 'stop sign', 'parking meter', 'bench'],
  sports: ['frisbee', 'skis', 'snowboard', 'sports ball', 'kite', 'baseball bat', 'baseball glove', 'skateboard', 'surfboard', 'tennis racket'],
  interiors: ['chair', 'couch', 'potted plant', 'bed', 'toilet', 'sink', 'oven', 'microwave', 'toaster', 'refrigerator', 'vase'],
  devices: ['tv', 'laptop', 'mouse', 'remote', 'keyboard', 'cell phone'],
  things: ['backpack', 'umbrella', 'handbag', 'tie', 'suitcase', 'book', 'clock', 'scissors', 'teddy bear', 'hair drier', 'toothbrush', 'bottle'],
};

const TABLEWARE: readonly string[] = ['wine glass', 'cup', 'fork', 'knife', 'spoon', 'bowl', 'dining table'];

const THEME_OF = new Map<string, Theme>(Object.entries(OBJECT_THEMES).flatMap(([theme, labels]) => labels.map((label) => [label, theme as Theme] as const)));

/** Objects below this score are listed but do not make a theme (CenterNet's scores run low: 0.4–0.7 for a clear person). */
export const THEME_MIN_OBJECT_SCORE = 0.3;
/** An image this flat is not a camera photo (see PixelStats.flatShare). */
export const FLAT_SHARE = 0.5;
/** …and this flat, it is an interface or a rendered page whatever its format or size. */
export const VERY_FLAT_SHARE = 0.75;
export const LIGHT_PAGE_SHARE = 0.6;
/** The NSFW model's Drawing class also takes some photos of machines and film stills: only a confident verdict counts. */
export const DRAWING_MIN_SCORE = 0.85;
export const TAG_MIN_SCORE = 0.35;

export interface ImageShape {
  /** The original image's size (before the model's resize). */
  width: number;
  height: number;
  mimeType: string | null;
}

export interface ThemeInput {
  shape: ImageShape;
  stats: PixelStats;
  safety: ImageAnalysis['safety'];
  objects: readonly DetectedObject[];
  /** CLIP tags (hub tier), already mapped to our themes' words where they have one. */
  tags?: readonly { label: string; score: number; theme?: Theme }[];
}

function formatTheme({ shape, stats }: ThemeInput): Theme | null {
  const { width, height, mimeType } = shape;
  const flat = stats.flatShare >= FLAT_SHARE;
  if (flat && stats.lightShare >= LIGHT_PAGE_SHARE && isPageShaped(width, height)) return 'documents';
  const lossless = mimeType === 'image/png' || mimeType === 'image/gif';
  if ((flat && (lossless || isScreenSize(width, height))) || stats.flatShare >= VERY_FLAT_SHARE) return 'screenshot';
  return null;
}

function objectThemes(objects: readonly DetectedObject[]): { theme: Theme; score: number }[] {
  const confident = objects.filter((object) => object.score >= THEME_MIN_OBJECT_SCORE);
  const best = new Map<Theme, number>();
  const add = (theme: Theme, score: number) => best.set(theme, Math.max(best.get(theme) ?? 0, score));
  const tableware = confident.filter((object) => TABLEWARE.includes(object.label));
  const hasFood = confident.some((object) => THEME_OF.get(object.label) === 'food');
  for (const object of confident) {
    const theme = THEME_OF.get(object.label);
    if (theme) add(theme, object.score);
  }
  for (const object of tableware) add(hasFood || tableware.length >= 2 ? 'food' : 'things', object.score);
  return [...best].map(([theme, score]) => ({ theme, score })).sort((a, b) => b.score - a.score);
}

/** Themes, strongest first, each once. */
export function imageThemes(input: ThemeInput): Theme[] {
  const themes: Theme[] = [];
  const add = (theme: Theme | null | undefined) => {
    if (theme && !themes.includes(theme)) themes.push(theme);
  };
  const format = formatTheme(input);
  add(format);
  const topTag = input.tags?.[0];
  if (topTag && topTag.score >= TAG_MIN_SCORE) add(topTag.theme);
  if (!format && input.safety.label === 'drawing' && input.safety.scores.drawing >= DRAWING_MIN_SCORE) add('drawings');
  for (const { theme } of objectThemes(input.objects)) add(theme);
  return themes;
}
