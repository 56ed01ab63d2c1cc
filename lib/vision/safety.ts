/**
 * The NSFW model's five probabilities → the private safety verdict. nsfwjs's class order
 * (src/nsfw_classes.ts): Drawing, Hentai, Neutral, Porn, Sexy.
 *
 * `sensitive` when porn + hentai + sexy together reach SENSITIVE_THRESHOLD: the model splits
 * explicit images between those three, so their sum is steadier than any one of them, and for a
 * filter that keeps images out of slides a false alarm costs less than a miss.
 */
import type { ImageAnalysis, SafetyLabel } from './types';

export const SAFETY_LABELS: readonly SafetyLabel[] = ['drawing', 'hentai', 'neutral', 'porn', 'sexy'];
export const SENSITIVE_LABELS: readonly SafetyLabel[] = ['hentai', 'porn', 'sexy'];
export const SENSITIVE_THRESHOLD = 0.5;

const round3 = (value: number) => Math.round(value * 1000) / 1000;

export function safetyFromScores(probabilities: ArrayLike<number>): ImageAnalysis['safety'] {
  if (probabilities.length !== SAFETY_LABELS.length) {
    throw new Error(`The NSFW model returned ${probabilities.length} scores, expected ${SAFETY_LABELS.length}.`);
  }
  const scores = Object.fromEntries(SAFETY_LABELS.map((label, i) => [label, round3(probabilities[i]!)])) as Record<SafetyLabel, number>;
  let label: SafetyLabel = SAFETY_LABELS[0]!;
  SAFETY_LABELS.forEach((candidate, i) => {
    if (probabilities[i]! > probabilities[SAFETY_LABELS.indexOf(label)]!) label = candidate;
  });
  const explicit = SENSITIVE_LABELS.reduce((sum, name) => sum + probabilities[SAFETY_LABELS.indexOf(name)]!, 0);
  return { label, scores, sensitive: explicit >= SENSITIVE_THRESHOLD };
}
