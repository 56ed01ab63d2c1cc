/** Hand-set Stats for persona and achievement tests. */
import type { Stats } from '../analysis/types';

export function emptyStats(): Stats {
  return {
    conversations: 0,
    userMessages: 0,
    assistantMessages: 0,
    userWords: 0,
    assistantWords: 0,
    estimatedTokens: 0,
    firstAt: null,
    lastAt: null,
    activeDays: 0,
    longestStreak: { days: 0, start: null, end: null },
    busiestDay: null,
    timeZone: 'UTC',
    heatmap: Array.from({ length: 7 }, () => new Array<number>(24).fill(0)),
    monthly: [],
    longestConversation: null,
    medianPromptWords: 0,
    promptLengths: [],
    models: [],
    codeShare: 0,
    contentKinds: {
      images: 0,
      generatedImages: 0,
      voice: 0,
      browsing: 0,
      codeInterpreter: 0,
      files: 0,
      thoughts: 0,
    },
    nightOwlShare: 0,
    distinctiveWords: [],
  };
}

/**
 * An unremarkable year of 100 prompts in 40 conversations of 5 messages, all sent Tuesday
 * at 14:00, which tests then push past one bar at a time.
 */
export function ordinaryStats(overrides: Partial<Stats> = {}): Stats {
  const heatmap = emptyStats().heatmap;
  heatmap[1]![14] = 100;
  return {
    ...emptyStats(),
    conversations: 40,
    userMessages: 100,
    assistantMessages: 100,
    userWords: 1500,
    firstAt: '2026-01-05T14:00:00.000Z',
    lastAt: '2026-12-29T14:00:00.000Z',
    activeDays: 40,
    longestStreak: { days: 2, start: '2026-01-05', end: '2026-01-06' },
    heatmap,
    longestConversation: { id: 'c1', title: 'A chat', messages: 12 },
    medianPromptWords: 14,
    models: [{ model: 'gpt-4o', messages: 100 }],
    codeShare: 0.05,
    nightOwlShare: 0.02,
    ...overrides,
  };
}

/** A heatmap with `count` prompts at each (weekday, hour) listed. */
export function heatmapWith(cells: [weekday: number, hour: number, count: number][]): number[][] {
  const heatmap = emptyStats().heatmap;
  for (const [weekday, hour, count] of cells) heatmap[weekday]![hour] = count;
  return heatmap;
}
