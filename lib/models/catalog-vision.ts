/** Image models: moderation, object detection (bundled), captions and zero-shot tags (hub). */
import type { CatalogModel } from './types';

export const VISION_MODELS: readonly CatalogModel[] = [];
