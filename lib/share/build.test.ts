import { describe, expect, it } from 'vitest';
import { coverPalette } from '../art/palette';
import { TEST_FACTS } from '../gen/test-facts';
import type { GeneratedTexts } from '../gen/types';
import { buildSharePayload, defaultSelection, shareItems } from './build';
import { sharePayloadSchema } from './payload';

const TEXTS: GeneratedTexts = {
  style: 'casual',
  seed: 1,
  engine: 'template',
  tagline: 'Nine thousand prompts, mostly after dark',
  insights: [
    { id: 'streak', text: 'A 19-day streak in March.', score: 0.4 },
    { id: 'night-owl', text: '31% of your prompts came after 10 PM.', score: 0.9 },
  ],
  persona: 'You build things. Code showed up in 44% of your prompts.',
  achievements: { coder: 'Code in nearly half your prompts.' },
};

describe('shareItems', () => {
  it('lists every shareable piece by group, insights ranked, with sensible defaults', () => {
    const items = shareItems(TEST_FACTS, TEXTS);
    expect(items.map((item) => item.id)).toEqual([
      'tagline',
      'insight:night-owl',
      'insight:streak',
      'stat:messages',
      'stat:conversations',
      'stat:active-days',
      'stat:streak',
      'stat:peak-hour',
      'stat:top-model',
      'stat:words',
      'stat:busiest-day',
      'topic:0',
      'topic:1',
      'topic:2',
      'topic:3',
      'topic:4',
      'emotions',
      'persona',
      'persona-description',
      'achievement:coder',
    ]);
    expect(items.find((item) => item.id === 'stat:messages')).toMatchObject({ group: 'numbers', preview: '9,310 messages sent', defaultOn: true });
    expect(items.find((item) => item.id === 'stat:busiest-day')).toMatchObject({ defaultOn: false });
    expect(items.find((item) => item.id === 'topic:1')).toMatchObject({ group: 'topics', label: 'travel · japan', preview: '18% of conversations', defaultOn: true });
    // Emotions named as the story names them; the payload keeps the labels.
    expect(items.find((item) => item.id === 'emotions')?.preview).toBe('Joy 30% · Sadness 10% · Surprise & curiosity 10%');
    expect(items.find((item) => item.id === 'stat:streak')?.preview).toBe('19-day streak');
    expect(items.find((item) => item.id === 'stat:top-model')).toMatchObject({ label: 'Favourite model', preview: 'Favourite model: GPT-4o' });
    expect(items.find((item) => item.id === 'achievement:coder')?.preview).toBe('Code in nearly half your prompts.');
  });

  it('offers no words, topics or feelings before they exist', () => {
    const groups = new Set(shareItems({ ...TEST_FACTS, ml: null }, null).map((item) => item.group));
    expect([...groups]).toEqual(['numbers', 'persona', 'achievements']);
  });
});

describe('buildSharePayload', () => {
  it('carries the ticked items only, in the palette of the chosen style', () => {
    const { payload, removed } = buildSharePayload(TEST_FACTS, TEXTS, 'plasma', ['stat:messages', 'topic:1', 'insight:streak', 'persona']);
    expect(payload).toEqual({
      v: 1,
      title: 'My 2026 with AI',
      period: '2026',
      style: 'plasma',
      palette: coverPalette(TEST_FACTS, 'plasma'),
      persona: { name: 'The Builder', emoji: '🛠️' },
      stats: [{ label: 'messages sent', value: '9,310' }],
      topics: [{ label: 'travel · japan', share: 0.18 }],
      insights: ['A 19-day streak in March.'],
    });
    expect(removed).toEqual([]);
  });

  it('builds a valid payload from the default selection, and an all-time title without a year', () => {
    const items = shareItems(TEST_FACTS, TEXTS);
    const { payload } = buildSharePayload(TEST_FACTS, TEXTS, 'neon', defaultSelection(items));
    expect(sharePayloadSchema.safeParse(payload).success).toBe(true);
    expect(payload.insights).toEqual(['31% of your prompts came after 10 PM.', 'A 19-day streak in March.']);
    expect(payload.stats).toHaveLength(6);
    expect(payload.emotions?.map((e) => e.label)).toEqual(['joy', 'sadness', 'surprise', 'anger', 'fear', 'disgust', 'neutral']);
    expect(payload.achievements).toEqual([{ title: 'Code whisperer', blurb: 'Code in nearly half your prompts.' }]);
    const allTime = buildSharePayload({ ...TEST_FACTS, year: null, periodLabel: 'All time' }, null, 'neon', []).payload;
    expect(allTime).toMatchObject({ title: 'My AI, all time', period: 'All time' });
  });

  it('scrubs what a generator or a topic label let through, and says what it took', () => {
    const leaky: GeneratedTexts = {
      ...TEXTS,
      tagline: 'A year with Sarah Connor and sarah@skynet.com',
      insights: [{ id: 'x', text: `Call +1 415 555 0199 or visit https://leak.example/${'x'.repeat(200)}`, score: 1 }],
    };
    const facts = { ...TEST_FACTS, ml: { ...TEST_FACTS.ml!, topics: [{ label: 'Email Rosalind about invoices', share: 0.3, conversations: 3, trend: 'steady' as const }] } };
    const items = shareItems(facts, leaky);
    // The sheet shows what will go out, so its previews and labels are scrubbed too.
    expect(items.find((item) => item.id === 'tagline')?.preview).toBe('A year with [name] and [email]');
    expect(items.find((item) => item.id === 'topic:0')?.label).toBe('Email [name] about invoices');
    const { payload, removed } = buildSharePayload(facts, leaky, 'glitch', defaultSelection(items));
    expect(payload.tagline).toBe('A year with [name] and [email]');
    expect(payload.insights).toEqual(['Call [phone] or visit [link]']);
    expect(payload.topics).toEqual([{ label: 'Email [name] about invoices', share: 0.3 }]);
    expect(removed).toEqual([
      { kind: 'email', count: 1 },
      { kind: 'url', count: 1 },
      { kind: 'phone', count: 1 },
      { kind: 'name', count: 2 },
    ]);
  });

  it('ignores ids that are not items', () => {
    const { payload } = buildSharePayload(TEST_FACTS, TEXTS, 'neon', ['stat:nope', 'topic:9', 'insight:missing']);
    expect(Object.keys(payload)).toEqual(['v', 'title', 'period', 'style', 'palette']);
  });
});
