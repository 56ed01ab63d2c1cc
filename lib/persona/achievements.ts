/**
 * Badges with explicit bars. Each row names its metric and target; unlocked = metric ≥
 * target, progress = metric / target capped at 1, so locked badges can show how close.
 */
import type { Achievement, Stats } from '../analysis/types';
import { personaFeatures, type PersonaFeatures } from './features';

export interface AchievementRule {
  id: string;
  title: string;
  description: string;
  /** The bar in words, e.g. "a 7-day streak". */
  threshold: string;
  target: number;
  metric(stats: Stats, features: PersonaFeatures): number;
}

export const ACHIEVEMENT_RULES: readonly AchievementRule[] = [
  {
    id: 'streak-7',
    title: 'Week Streak',
    description: 'Chatted seven days in a row.',
    threshold: 'a 7-day streak',
    target: 7,
    metric: (s) => s.longestStreak.days,
  },
  {
    id: 'streak-30',
    title: 'Month Streak',
    description: 'Chatted thirty days in a row.',
    threshold: 'a 30-day streak',
    target: 30,
    metric: (s) => s.longestStreak.days,
  },
  {
    id: 'night-owl',
    title: 'Night Owl',
    description: 'A quarter of your prompts came between 10 pm and 5 am.',
    threshold: '25% of prompts at night',
    target: 0.25,
    metric: (s) => s.nightOwlShare,
  },
  {
    id: 'early-bird',
    title: 'Early Bird',
    description: 'A fifth of your prompts came between 5 and 8 am.',
    threshold: '20% of prompts before 8 am',
    target: 0.2,
    metric: (_, f) => f.earlyBirdShare,
  },
  {
    id: 'weekend-warrior',
    title: 'Weekend Warrior',
    description: 'Almost a third of your prompts came on Saturdays and Sundays.',
    threshold: '30% of prompts on weekends',
    target: 0.3,
    metric: (_, f) => f.weekendShare,
  },
  {
    id: 'prompts-100',
    title: 'Hundred Club',
    description: 'Sent a hundred prompts.',
    threshold: '100 prompts',
    target: 100,
    metric: (s) => s.userMessages,
  },
  {
    id: 'prompts-1000',
    title: 'Thousand Club',
    description: 'Sent a thousand prompts.',
    threshold: '1,000 prompts',
    target: 1000,
    metric: (s) => s.userMessages,
  },
  {
    id: 'wordsmith',
    title: 'Wordsmith',
    description: 'Wrote ten thousand words of prompts.',
    threshold: '10,000 words written',
    target: 10_000,
    metric: (s) => s.userWords,
  },
  {
    id: 'marathon',
    title: 'Marathon',
    description: 'Kept one conversation going for fifty messages.',
    threshold: 'a 50-message conversation',
    target: 50,
    metric: (s) => s.longestConversation?.messages ?? 0,
  },
  {
    id: 'coder',
    title: 'Code Whisperer',
    description: 'A fifth of your messages had code in them.',
    threshold: 'code in 20% of messages',
    target: 0.2,
    metric: (s) => s.codeShare,
  },
  {
    id: 'model-hopper',
    title: 'Model Hopper',
    description: 'Talked to five different models.',
    threshold: '5 models',
    target: 5,
    metric: (_, f) => f.modelsUsed,
  },
  {
    id: 'active-100',
    title: 'Regular',
    description: 'Chatted on a hundred different days.',
    threshold: '100 active days',
    target: 100,
    metric: (s) => s.activeDays,
  },
  {
    id: 'images-10',
    title: 'Picture This',
    description: 'Shared or generated ten images.',
    threshold: '10 images',
    target: 10,
    metric: (_, f) => f.images,
  },
  {
    id: 'voice',
    title: 'Say It Out Loud',
    description: 'Used voice at least once.',
    threshold: '1 voice message',
    target: 1,
    metric: (s) => s.contentKinds.voice,
  },
  {
    id: 'browsing',
    title: 'Web Surfer',
    description: 'Had the assistant search the web.',
    threshold: '1 web search',
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
    return {
      id: rule.id,
      title: rule.title,
      description: rule.description,
      threshold: rule.threshold,
      unlocked: value >= rule.target,
      progress: Math.min(1, value / rule.target),
    };
  });
}
