/**
 * Badges with explicit bars. Each row names its metric and target; unlocked = metric ≥
 * target (and, for a share, enough prompts for the share to mean something), progress =
 * metric / target capped at 1, so locked badges can show how close. Bars in words come from
 * the language layer, from the target itself, so "a 7-day streak" and the target can't drift.
 */
import type { Achievement, Stats } from '../analysis/types';
import { MIN_EVIDENCE } from '../gen/evidence';
import { formatPercent } from '../view/format';
import { countAdjective, countOf, withArticle } from '../view/language';
import { personaFeatures, type PersonaFeatures } from './features';

/** "a 7-day streak", "a 50-message conversation". */
const aRunOf = (count: number, unit: string, noun: string) => withArticle(`${countAdjective(count, unit)} ${noun}`);

/** A share of prompts over a handful of them is noise: the share badges need this many. */
const enoughPromptsForShare = (stats: Stats) => stats.userMessages >= MIN_EVIDENCE.sharePrompts;

export interface AchievementRule {
  id: string;
  title: string;
  description: string;
  /** The bar in words, e.g. "a 7-day streak". */
  threshold: string;
  target: number;
  metric(stats: Stats, features: PersonaFeatures): number;
  /** The least evidence the description needs besides the bar (lib/gen/evidence.ts); absent = the bar is enough. */
  evidence?(stats: Stats): boolean;
}

export const ACHIEVEMENT_RULES: readonly AchievementRule[] = [
  {
    id: 'streak-7',
    title: 'Week Streak',
    description: 'Chatted seven days in a row.',
    threshold: aRunOf(7, 'day', 'streak'),
    target: 7,
    metric: (s) => s.longestStreak.days,
  },
  {
    id: 'streak-30',
    title: 'Month Streak',
    description: 'Chatted thirty days in a row.',
    threshold: aRunOf(30, 'day', 'streak'),
    target: 30,
    metric: (s) => s.longestStreak.days,
  },
  {
    id: 'night-owl',
    title: 'Night Owl',
    description: 'A quarter of your prompts came between 10 pm and 5 am.',
    threshold: `${formatPercent(0.25)} of prompts at night`,
    target: 0.25,
    metric: (s) => s.nightOwlShare,
    evidence: enoughPromptsForShare,
  },
  {
    id: 'early-bird',
    title: 'Early Bird',
    description: 'A fifth of your prompts came between 5 and 8 am.',
    threshold: `${formatPercent(0.2)} of prompts before 8 am`,
    target: 0.2,
    metric: (_, f) => f.earlyBirdShare,
    evidence: enoughPromptsForShare,
  },
  {
    id: 'weekend-warrior',
    title: 'Weekend Warrior',
    description: 'Almost a third of your prompts came on Saturdays and Sundays.',
    threshold: `${formatPercent(0.3)} of prompts on weekends`,
    target: 0.3,
    metric: (_, f) => f.weekendShare,
    evidence: enoughPromptsForShare,
  },
  {
    id: 'prompts-100',
    title: 'Hundred Club',
    description: 'Sent a hundred prompts.',
    threshold: countOf(100, 'prompt'),
    target: 100,
    metric: (s) => s.userMessages,
  },
  {
    id: 'prompts-1000',
    title: 'Thousand Club',
    description: 'Sent a thousand prompts.',
    threshold: countOf(1000, 'prompt'),
    target: 1000,
    metric: (s) => s.userMessages,
  },
  {
    id: 'wordsmith',
    title: 'Wordsmith',
    description: 'Wrote ten thousand words of prompts.',
    threshold: `${countOf(10_000, 'word')} written`,
    target: 10_000,
    metric: (s) => s.userWords,
  },
  {
    id: 'marathon',
    title: 'Marathon',
    description: 'Kept one conversation going for fifty messages.',
    threshold: aRunOf(50, 'message', 'conversation'),
    target: 50,
    metric: (s) => s.longestConversation?.messages ?? 0,
  },
  {
    id: 'coder',
    title: 'Code Whisperer',
    description: 'A fifth of your messages had code in them.',
    threshold: `code in ${formatPercent(0.2)} of messages`,
    target: 0.2,
    metric: (s) => s.codeShare,
    evidence: enoughPromptsForShare,
  },
  {
    id: 'model-hopper',
    title: 'Model Hopper',
    description: 'Talked to five different models.',
    threshold: countOf(5, 'model'),
    target: 5,
    metric: (_, f) => f.modelsUsed,
  },
  {
    id: 'active-100',
    title: 'Regular',
    description: 'Chatted on a hundred different days.',
    threshold: countOf(100, 'active day'),
    target: 100,
    metric: (s) => s.activeDays,
  },
  {
    id: 'images-10',
    title: 'Picture This',
    description: 'Shared or generated ten images.',
    threshold: countOf(10, 'image'),
    target: 10,
    metric: (_, f) => f.images,
  },
  {
    id: 'voice',
    title: 'Say It Out Loud',
    description: 'Used voice at least once.',
    threshold: countOf(1, 'voice message'),
    target: 1,
    metric: (s) => s.contentKinds.voice,
  },
  {
    id: 'browsing',
    title: 'Web Surfer',
    description: 'Had the assistant search the web.',
    threshold: countOf(1, 'web search'),
    target: 1,
    metric: (s) => s.contentKinds.browsing,
  },
];

export function evaluateAchievements(
  stats: Stats,
  rules: readonly AchievementRule[] = ACHIEVEMENT_RULES,
): Achievement[] {
  const features = personaFeatures(stats);
  return rules.map((rule) => {
    const value = rule.metric(stats, features);
    const evidenced = rule.evidence?.(stats) ?? true;
    const unlocked = value >= rule.target && evidenced;
    return {
      id: rule.id,
      title: rule.title,
      description: rule.description,
      threshold: rule.threshold,
      unlocked,
      // Past the bar without the evidence to back it: close, but not there.
      progress: Math.min(evidenced ? 1 : 0.99, value / rule.target),
    };
  });
}
