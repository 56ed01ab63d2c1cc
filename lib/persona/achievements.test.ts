import { describe, expect, it } from 'vitest';
import type { Achievement, Stats } from '../analysis/types';
import { ACHIEVEMENT_RULES, evaluateAchievements } from './achievements';
import { emptyStats, heatmapWith } from './test-stats';

function badge(stats: Stats, id: string): Achievement {
  const found = evaluateAchievements(stats).find((a) => a.id === id);
  if (!found) throw new Error(`no achievement ${id}`);
  return found;
}

/** [id, stats just below the bar, stats exactly at it]. */
const EDGES: [string, Partial<Stats>, Partial<Stats>][] = [
  ['streak-7', { longestStreak: { days: 6, start: null, end: null } }, { longestStreak: { days: 7, start: null, end: null } }],
  ['streak-30', { longestStreak: { days: 29, start: null, end: null } }, { longestStreak: { days: 30, start: null, end: null } }],
  ['night-owl', { userMessages: 100, nightOwlShare: 0.249 }, { userMessages: 100, nightOwlShare: 0.25 }],
  ['prompts-100', { userMessages: 99 }, { userMessages: 100 }],
  ['prompts-1000', { userMessages: 999 }, { userMessages: 1000 }],
  ['wordsmith', { userWords: 9999 }, { userWords: 10_000 }],
  ['marathon', { longestConversation: { id: 'c', title: 'c', messages: 49 } }, { longestConversation: { id: 'c', title: 'c', messages: 50 } }],
  ['coder', { userMessages: 100, codeShare: 0.199 }, { userMessages: 100, codeShare: 0.2 }],
  ['active-100', { activeDays: 99 }, { activeDays: 100 }],
  ['early-bird', { userMessages: 100, heatmap: heatmapWith([[0, 7, 19], [0, 12, 81]]) }, { userMessages: 100, heatmap: heatmapWith([[0, 7, 20], [0, 12, 80]]) }],
  ['weekend-warrior', { userMessages: 100, heatmap: heatmapWith([[6, 12, 29], [0, 12, 71]]) }, { userMessages: 100, heatmap: heatmapWith([[5, 12, 30], [0, 12, 70]]) }],
  ['model-hopper', { models: models(4) }, { models: models(5) }],
];

function models(n: number): Stats['models'] {
  return [...Array.from({ length: n }, (_, i) => ({ model: `m${i}`, messages: 1 })), { model: 'unknown', messages: 9 }];
}

function withKinds(kinds: Partial<Stats['contentKinds']>): Stats {
  const stats = emptyStats();
  return { ...stats, contentKinds: { ...stats.contentKinds, ...kinds } };
}

describe('evaluateAchievements', () => {
  it.each(EDGES)('%s unlocks exactly at its bar', (id, below, at) => {
    const locked = badge({ ...emptyStats(), ...below }, id);
    expect(locked.unlocked).toBe(false);
    expect(locked.progress).toBeGreaterThan(0.75);
    expect(locked.progress).toBeLessThan(1);
    expect(badge({ ...emptyStats(), ...at }, id)).toMatchObject({ unlocked: true, progress: 1 });
  });

  it('counts shared and generated images together toward ten', () => {
    expect(badge(withKinds({ images: 4, generatedImages: 5 }), 'images-10')).toMatchObject({
      unlocked: false,
      progress: 0.9,
    });
    expect(badge(withKinds({ images: 4, generatedImages: 6 }), 'images-10').unlocked).toBe(true);
  });

  it('unlocks voice and browsing on first use', () => {
    expect(badge(emptyStats(), 'voice')).toMatchObject({ unlocked: false, progress: 0 });
    expect(badge(withKinds({ voice: 1 }), 'voice').unlocked).toBe(true);
    expect(badge(withKinds({ browsing: 3 }), 'browsing')).toMatchObject({ unlocked: true, progress: 1 });
  });

  it('unlocks no share badge on a handful of prompts: one prompt at midnight is not a night owl', () => {
    const one = { ...emptyStats(), userMessages: 1, nightOwlShare: 1, codeShare: 1, heatmap: heatmapWith([[5, 6, 1]]) };
    for (const id of ['night-owl', 'coder', 'early-bird', 'weekend-warrior']) {
      const achievement = badge(one, id);
      expect(achievement.unlocked, id).toBe(false);
      expect(achievement.progress, id).toBeLessThan(1);
    }
    expect(badge({ ...one, userMessages: 10 }, 'night-owl').unlocked).toBe(true);
  });

  it('words every bar with the language layer: articles, plurals, percents', () => {
    const bars = Object.fromEntries(ACHIEVEMENT_RULES.map((rule) => [rule.id, rule.threshold]));
    expect(bars).toMatchObject({
      'streak-7': 'a 7-day streak',
      'streak-30': 'a 30-day streak',
      'night-owl': '25% of prompts at night',
      'prompts-1000': '1,000 prompts',
      wordsmith: '10,000 words written',
      marathon: 'a 50-message conversation',
      'model-hopper': '5 models',
      'active-100': '100 active days',
      voice: '1 voice message',
      browsing: '1 web search',
    });
    for (const bar of Object.values(bars)) {
      expect(bar).not.toMatch(/\b1 \w+s\b/);
      expect(bar).not.toMatch(/\ba (8|11|18|8\d)\b/);
      expect(bar).not.toMatch(/\d %/);
    }
  });

  it('reports progress as value / target, capped at 1', () => {
    const stats = { ...emptyStats(), userMessages: 250 };
    expect(badge(stats, 'prompts-1000').progress).toBe(0.25);
    expect(badge(stats, 'prompts-100').progress).toBe(1);
  });

  it('describes every badge with its bar, in table order', () => {
    const all = evaluateAchievements(emptyStats());
    expect(all.map((a) => a.id)).toEqual(ACHIEVEMENT_RULES.map((r) => r.id));
    expect(all.length).toBeGreaterThanOrEqual(12);
    expect(all.every((a) => a.threshold.length > 0 && !a.unlocked && a.progress === 0)).toBe(true);
    expect(badge(emptyStats(), 'streak-7')).toEqual({
      id: 'streak-7',
      title: 'Week Streak',
      description: 'Chatted seven days in a row.',
      threshold: 'a 7-day streak',
      unlocked: false,
      progress: 0,
    });
  });
});
