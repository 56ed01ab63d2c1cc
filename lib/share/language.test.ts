/**
 * The share sheet, payload, cards and shared page over small and awkward numbers: counts agree
 * with their nouns, no share prints as 0%, models and emotions carry the story's names (the
 * payload keeps the emotion labels; only rendering names them).
 */
import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SharedWrapped } from '../../components/share/SharedWrapped';
import { generateTemplateTexts } from '../gen/template/generate';
import { smallFacts } from '../gen/test-arbitraries';
import { TEST_FACTS } from '../gen/test-facts';
import { HEAD_LABELS } from '../ml/heads/labels';
import { EMOTION_DISPLAY } from '../view/display-names';
import { articleFor } from '../view/language';
import { buildSharePayload, defaultSelection, shareItems } from './build';
import { shareCards } from './cards';
import type { SharePayload } from './payload';
import { TEST_PAYLOAD } from './test-payload';

const PLURAL_AFTER_ONE = /\b1 (conversations|days|active days|prompts|messages|words|images|replies|models|files|topics|achievements)\b/i;
const ZERO_SHARE = /(?<![\d.,])0\s?%/;
const RAW_MODEL = /\bunknown\b|text-davinci|gpt-4-5|\bgpt-4o\b/;
/** Emotion labels that differ from their display names, as a card would capitalise them. */
const RAW_EMOTION = /^(Surprise|Neutral|Anger|Fear|Disgust)$/;

function problems(line: string): string[] {
  const found: string[] = [];
  if (PLURAL_AFTER_ONE.test(line)) found.push('plural after 1');
  if (ZERO_SHARE.test(line)) found.push('0% share');
  if (RAW_MODEL.test(line)) found.push('raw model slug');
  if (RAW_EMOTION.test(line.trim())) found.push('raw emotion label');
  for (const [span, article, number] of line.matchAll(/\b(a|an) (\d[\d,]*)/gi)) if (articleFor(number!) !== article!.toLowerCase()) found.push(`article: ${span}`);
  return found;
}

const cardLines = (payload: SharePayload) =>
  shareCards(payload).flatMap((card) => [card.eyebrow, card.headline, card.caption ?? '', card.footer ?? '', ...card.rows.flatMap((row) => [row.label, row.value ?? ''])]);

/** The shared page's text, tag by tag. */
const pageLines = (payload: SharePayload) =>
  renderToStaticMarkup(createElement(SharedWrapped, { payload }))
    .split(/<[^>]+>/)
    .map((text) => text.replace(/&amp;/g, '&').replace(/&#x27;/g, "'").trim())
    .filter(Boolean);

describe('share wording over small numbers', () => {
  it('sheet, payload, cards and shared page agree in number, print no 0% share, name models and emotions', () => {
    fc.assert(
      fc.property(smallFacts, fc.integer({ min: 0, max: 1000 }), (facts, seed) => {
        const texts = generateTemplateTexts(facts, { style: 'casual', seed });
        const items = shareItems(facts, texts);
        const { payload } = buildSharePayload(facts, texts, 'neon', items.map((item) => item.id));
        const lines = [...items.flatMap((item) => [item.label, item.preview]), ...cardLines(payload), ...pageLines(payload)];
        for (const line of lines) {
          const found = problems(line);
          if (found.length > 0) throw new Error(`${JSON.stringify(line)} → ${found.join('; ')}`);
        }
        // The payload keeps the label enum; only rendering names it.
        for (const emotion of payload.emotions ?? []) expect(HEAD_LABELS.emotion).toContain(emotion.label);
      }),
      { numRuns: 200, seed: 42 },
    );
  });

  it('singularises a count of one, and shows a streak as "an 18-day streak" style adjective', () => {
    const facts = { ...TEST_FACTS, userMessages: 1, conversations: 1, activeDays: 1, userWords: 1, longestStreak: { days: 18, start: '2026-03-01', end: '2026-03-18' } };
    const preview = (id: string) => shareItems(facts, null).find((item) => item.id === id)?.preview;
    expect(preview('stat:messages')).toBe('1 message sent');
    expect(preview('stat:conversations')).toBe('1 conversation');
    expect(preview('stat:active-days')).toBe('1 active day');
    expect(preview('stat:words')).toBe('1 word typed');
    expect(preview('stat:streak')).toBe('18-day streak');
    // A favourite hour of one prompt is timing, not a pattern.
    expect(preview('stat:peak-hour')).toBeUndefined();
    const { payload } = buildSharePayload(facts, null, 'neon', ['stat:messages', 'stat:conversations']);
    expect(payload.stats).toEqual([
      { label: 'message sent', value: '1' },
      { label: 'conversation', value: '1' },
    ]);
  });

  it('renders older payloads by name too: plural labels of one, model slugs, emotion labels', () => {
    const old: SharePayload = {
      ...TEST_PAYLOAD,
      stats: [
        { label: 'messages sent', value: '1' },
        { label: 'favourite model', value: 'text-davinci-002-render-sha' },
      ],
      emotions: [
        { label: 'surprise', share: 0.4 },
        { label: 'anger', share: 0.2 },
        { label: 'disgust', share: 0.001 },
        { label: 'neutral', share: 0.3 },
      ],
      achievements: [{ title: 'Night Owl' }],
    };
    const cards = shareCards(old);
    expect(cards[0]!.rows.slice(0, 2)).toEqual([
      { label: 'Message sent', value: '1' },
      { label: 'Favourite model', value: 'GPT-3.5' },
    ]);
    expect(cards.find((card) => card.id === 'feelings')).toMatchObject({
      headline: EMOTION_DISPLAY.surprise.name,
      rows: [{ label: 'Surprise & curiosity' }, { label: 'Frustration' }, { label: 'Calm' }],
    });
    expect(cards.find((card) => card.id === 'achievements')?.caption).toBe('achievement unlocked');
    const page = pageLines(old);
    expect(page).toEqual(expect.arrayContaining(['Surprise & curiosity', 'Frustration', 'Calm', 'GPT-3.5', 'message sent']));
    expect(page).not.toEqual(expect.arrayContaining(['Surprise', 'Anger', 'Neutral', 'Distaste']));
  });
});
