import { describe, expect, it } from 'vitest';
import type { PeriodAnalysis } from '../analysis/types';
import { periodOptions, selectPeriod, defaultPeriod } from './period';
import { slideLabel, storySlides } from './story-slides';
import { wrappedViewOf } from './wrapped-view';

const viewOf = (periodAnalysis: PeriodAnalysis, label: string) =>
  wrappedViewOf({ key: label === 'All time' ? 'all' : 'year', label, year: label === 'All time' ? null : Number(label), period: periodAnalysis }, null);

function period(overrides: Partial<PeriodAnalysis['stats']> = {}): PeriodAnalysis {
  return {
    stats: {
      models: [{ model: 'gpt-4o', messages: 3 }],
      conversations: 3,
      userMessages: 12,
      activeDays: 3,
      longestStreak: { days: 2, start: '2026-01-01', end: '2026-01-02' },
      busiestDay: null,
      longestConversation: { id: 'c', title: 'T', messages: 8 },
      heatmap: Array.from({ length: 7 }, () => Array(24).fill(0)),
      nightOwlShare: 0,
      distinctiveWords: [{ word: 'rust', count: 3, score: 2 }],
      contentKinds: { images: 0, generatedImages: 0, voice: 0, browsing: 0, codeInterpreter: 0, files: 0, thoughts: 0 },
      ...overrides,
    } as PeriodAnalysis['stats'],
    persona: { id: 'p', name: 'P', emoji: '🦉', reason: 'r' },
    achievements: [],
  };
}

describe('storySlides', () => {
  it('has at least ten slides, intro first and summary last', () => {
    const slides = storySlides(viewOf(period(), '2026'));
    expect(slides.length).toBeGreaterThanOrEqual(10);
    expect(slides[0]).toEqual({ id: 'intro', title: 'Your 2026 with AI' });
    expect(slides.at(-1)?.id).toBe('summary');
  });

  it('leaves out slides with nothing to show', () => {
    const ids = storySlides(viewOf(period({ models: [], distinctiveWords: [] }), 'All time')).map((slide) => slide.id);
    expect(ids).not.toContain('models');
    expect(ids).not.toContain('words');
    expect(ids.length).toBeGreaterThanOrEqual(10);
  });

  it('always has the ML slides, after the words and before the generated insights', () => {
    const ids = storySlides(viewOf(period({ models: [], distinctiveWords: [] }), '2026')).map((slide) => slide.id);
    const at = ids.indexOf('topics');
    expect(ids.slice(at, at + 5)).toEqual(['topics', 'feelings', 'sunniest', 'asking', 'insights']);
  });

  it('ends on the generated words, the persona, the cover and the summary', () => {
    expect(storySlides(viewOf(period(), '2026')).map((slide) => slide.id).slice(-5)).toEqual(['insights', 'persona', 'achievements', 'cover', 'summary']);
  });

  it('tells of images shown, images made and voice only when the period has them, right after what was shared', () => {
    expect(storySlides(viewOf(period(), '2026')).map((slide) => slide.id)).not.toContain('images');
    const kinds = { images: 4, generatedImages: 2, voice: 3, browsing: 0, codeInterpreter: 0, files: 0, thoughts: 0 };
    const ids = storySlides(viewOf(period({ contentKinds: kinds }), '2026')).map((slide) => slide.id);
    expect(ids.slice(ids.indexOf('content'), ids.indexOf('content') + 5)).toEqual(['content', 'images', 'creations', 'voice', 'longest']);
    const onlyMade = storySlides(viewOf(period({ contentKinds: { ...kinds, images: 0, voice: 0 } }), '2026')).map((slide) => slide.id);
    expect(onlyMade).toContain('creations');
    expect(onlyMade).not.toContain('images');
    expect(onlyMade).not.toContain('voice');
  });

  it('shows the user’s own categories after the ML slides only once they are trained', () => {
    expect(storySlides(viewOf(period(), '2026')).map((slide) => slide.id)).not.toContain('custom');
    const ids = storySlides(viewOf(period(), '2026'), { customCategories: true }).map((slide) => slide.id);
    expect(ids.slice(ids.indexOf('asking'), ids.indexOf('asking') + 3)).toEqual(['asking', 'custom', 'insights']);
  });

  it('labels slides for screen readers', () => {
    expect(slideLabel(2, 12, { id: 'days', title: 'Active days' })).toBe('3 of 12: Active days');
  });
});

describe('period', () => {
  const base = period();
  const analysis = { ...base, latestYear: { year: 2026, ...period() } } as unknown as Parameters<typeof selectPeriod>[0];

  it('defaults to the latest year and falls back to all time', () => {
    expect(defaultPeriod(analysis)).toBe('year');
    expect(defaultPeriod({ latestYear: null })).toBe('all');
    expect(periodOptions(analysis).map((option) => option.label)).toEqual(['2026', 'All time']);
    expect(selectPeriod({ ...analysis, latestYear: null }, 'year').key).toBe('all');
    expect(selectPeriod(analysis, 'year').year).toBe(2026);
  });
});
