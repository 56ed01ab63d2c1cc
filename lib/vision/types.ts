/** What the vision worker finds in one image; stored per asset in `mediaAnalyses` under VISION_ANALYZER. */

export type SafetyLabel = 'drawing' | 'hentai' | 'neutral' | 'porn' | 'sexy';

export interface DetectedObject {
  label: string;
  score: number;
  box: [x: number, y: number, w: number, h: number] /* 0..1 of the image */;
}

export interface ImageAnalysis {
  safety: { label: SafetyLabel; scores: Record<SafetyLabel, number>; sensitive: boolean /* porn|hentai|sexy above threshold */ };
  objects: DetectedObject[];
  /** Plain-word themes for slides and filters: 'screenshot', 'food', 'people', 'animals', 'vehicles', 'documents', 'outdoors', 'things'… */
  themes: string[];
  caption?: string; // hub tier only
  tags?: { label: string; score: number }[]; // hub tier only (CLIP zero-shot)
}

export const VISION_ANALYZER = 'vision-1';
