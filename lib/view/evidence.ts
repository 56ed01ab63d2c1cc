/**
 * The least evidence each claim of the story and dashboard needs. Under its bar a claim is left
 * out or reworded, so a one-chat export never hears "AI became part of your routine".
 */
import type { Stats } from '../analysis/types';
import { weekendShare } from './insights';

/** Bars, each with the reason it sits where it does. */
export const EVIDENCE = {
  /** A routine is a habit over weeks: a week's worth of distinct days. */
  routineActiveDays: 7,
  /** A streak is at least two days in a row. */
  streakDays: 2,
  /** "Busiest day" only means something against other days. */
  busiestDayActiveDays: 2,
  /** "Your longest conversation" and "some talks just kept going" need a second chat and a real back-and-forth (the words' bar too). */
  longestConversations: 2,
  longestMessages: 10,
  /** Night-owl and weekend shares of a handful of prompts are noise. */
  sharePrompts: 10,
  /** Shares that would print as "0%" are not worth a sentence. */
  visibleShare: 0.005,
  /** Calling someone a night owl: a fifth of prompts after 10 PM. */
  nightOwlShare: 0.2,
  /** A median prompt length tells a style only over a few prompts. */
  promptStylePrompts: 5,
} as const;

export interface Claims {
  /** "AI became part of your routine." */
  routine: boolean;
  /** A longest streak worth naming (≥ 2 days). */
  streak: boolean;
  busiestDay: boolean;
  /** "Your longest conversation" and "some talks just kept going". */
  longestConversation: boolean;
  /** Any statement about the share of prompts at night or on weekends. */
  shares: boolean;
  /** "Certified night owl." */
  nightOwl: boolean;
  /** "You kept chatting on weekends too" — only when some prompts were. */
  weekend: boolean;
  /** "Short and to the point" and the like. */
  promptStyle: boolean;
}

export function claimsFor(stats: Stats): Claims {
  const shares = stats.userMessages >= EVIDENCE.sharePrompts;
  const longest = stats.longestConversation;
  return {
    routine: stats.activeDays >= EVIDENCE.routineActiveDays,
    streak: stats.longestStreak.days >= EVIDENCE.streakDays,
    busiestDay: stats.busiestDay !== null && stats.activeDays >= EVIDENCE.busiestDayActiveDays,
    longestConversation:
      longest !== null && stats.conversations >= EVIDENCE.longestConversations && longest.messages >= EVIDENCE.longestMessages,
    shares,
    nightOwl: shares && stats.nightOwlShare >= EVIDENCE.nightOwlShare,
    weekend: shares && weekendShare(stats.heatmap) >= EVIDENCE.visibleShare,
    promptStyle: stats.userMessages >= EVIDENCE.promptStylePrompts,
  };
}
