/**
 * Achievements only the ML layer can tell: how you talk to the assistant and how widely you
 * roam. Same shape and rules as the stats achievements: explicit bars, progress toward them.
 */
import type { Achievement } from '../analysis/types';
import type { MlAnalysis } from '../ml/types';

interface MlRule {
  id: string;
  title: string;
  description: string;
  threshold: string;
  /** Progress 0–1 (1 = unlocked). */
  progress: (ml: MlAnalysis) => number;
}

const ratio = (value: number, bar: number) => Math.max(0, Math.min(1, bar > 0 ? value / bar : 0));

const ML_RULES: MlRule[] = [
  { id: 'polite', title: 'Minds their manners', description: 'Said please or thanks often', threshold: 'please or thanks in 10 % of prompts', progress: (ml) => ratio(ml.politeness.politeShare, 0.1) },
  { id: 'explorer', title: 'Explorer', description: 'Roamed across many distinct topics', threshold: '8 topics, spread evenly (entropy ≥ 0.8)', progress: (ml) => Math.min(ratio(ml.topics.length, 8), ratio(ml.diversity.entropy, 0.8)) },
  { id: 'curious', title: 'Question everything', description: 'Most prompts were questions', threshold: '40 % of prompts are questions', progress: (ml) => ratio(ml.intents.overall.question, 0.4) },
  { id: 'sunny', title: 'Sunny side', description: 'A warm tone with the assistant', threshold: 'positive tone in 25 % of prompts', progress: (ml) => ratio(ml.sentiment.overall.positive, 0.25) },
];

export function mlAchievements(ml: MlAnalysis): Achievement[] {
  return ML_RULES.map(({ progress, ...rule }) => {
    const value = progress(ml);
    return { ...rule, unlocked: value >= 1, progress: value };
  });
}
