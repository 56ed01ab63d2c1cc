/**
 * Achievements only the ML layer can tell: how you talk to the assistant and how widely you
 * roam. Same shape and rules as the stats achievements: explicit bars, progress toward them,
 * and the same least evidence (lib/gen/evidence.ts): a share of a handful of prompts unlocks nothing.
 */
import type { Achievement } from '../analysis/types';
import { MIN_EVIDENCE } from '../gen/evidence';
import type { MlAnalysis } from '../ml/types';
import { formatPercent } from '../view/format';
import { countOf } from '../view/language';

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
  { id: 'polite', title: 'Minds their manners', description: 'Said please or thanks often', threshold: `please or thanks in ${formatPercent(0.1)} of prompts`, progress: (ml) => ratio(ml.politeness.politeShare, 0.1) },
  { id: 'explorer', title: 'Explorer', description: 'Roamed across many distinct topics', threshold: `${countOf(8, 'topic')}, spread evenly (entropy ≥ 0.8)`, progress: (ml) => Math.min(ratio(ml.topics.length, 8), ratio(ml.diversity.entropy, 0.8)) },
  { id: 'curious', title: 'Question everything', description: 'At least two in five prompts were questions', threshold: `${formatPercent(0.4)} of prompts are questions`, progress: (ml) => ratio(ml.intents.overall.question, 0.4) },
  { id: 'sunny', title: 'Sunny side', description: 'A warm tone with the assistant', threshold: `positive tone in ${formatPercent(0.25)} of prompts`, progress: (ml) => ratio(ml.sentiment.overall.positive, 0.25) },
];

/** Every ML badge is a share of prompts: under MIN_EVIDENCE.sharePrompts prompts none unlocks. */
function enoughPrompts(ml: MlAnalysis): boolean {
  return (ml.counts?.userMessages ?? 0) >= MIN_EVIDENCE.sharePrompts;
}

export function mlAchievements(ml: MlAnalysis): Achievement[] {
  const evidenced = enoughPrompts(ml);
  return ML_RULES.map(({ progress, ...rule }) => {
    const value = progress(ml);
    const unlocked = value >= 1 && evidenced;
    return { ...rule, unlocked, progress: unlocked ? value : Math.min(0.99, value) };
  });
}
