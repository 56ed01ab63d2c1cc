import { describe, expect, it } from 'vitest';
import { emotionName } from '../view/display-names';
import { shareCards } from './cards';
import type { SharePayload } from './payload';
import { TEST_PAYLOAD } from './test-payload';

/** Every string a card shows. */
const cardStrings = (payload: SharePayload) =>
  shareCards(payload).flatMap((card) => [card.eyebrow, card.headline, card.caption ?? '', card.footer ?? '', ...card.rows.flatMap((row) => [row.label, row.value ?? ''])]);

describe('shareCards', () => {
  it('starts with a summary card, then one card per shared group and insight', () => {
    const cards = shareCards(TEST_PAYLOAD);
    expect(cards.map((card) => card.id)).toEqual(['summary', 'numbers', 'topics', 'feelings', 'persona', 'insight-1', 'insight-2', 'achievements']);
    expect(cards[0]).toEqual({
      id: 'summary',
      style: 'neon',
      palette: TEST_PAYLOAD.palette,
      eyebrow: 'My 2026 with AI',
      headline: 'The Night Owl Coder',
      caption: 'My AI persona',
      rows: [
        { label: 'Messages sent', value: '9,310' },
        { label: 'Conversations', value: '1,204' },
        { label: 'Active days', value: '241' },
        { label: 'Day streak', value: '19' },
        { label: 'Favourite hour', value: '10 PM' },
      ],
      footer: TEST_PAYLOAD.tagline,
    });
    // Emotions carry the story's names: neutral is "Calm", surprise "Surprise & curiosity".
    expect(cards.find((card) => card.id === 'feelings')).toMatchObject({ headline: 'Joy', rows: [{ label: 'Joy', value: '30%', share: 0.3 }, { label: 'Sadness' }, { label: 'Calm' }] });
    expect(cards.find((card) => card.id === 'insight-1')).toMatchObject({ headline: '31%', caption: TEST_PAYLOAD.insights![0] });
    expect(cards.find((card) => card.id === 'achievements')).toMatchObject({ headline: '2', caption: 'achievements unlocked' });
  });

  it('shows nothing the payload does not hold', () => {
    const minimal: SharePayload = { v: 1, title: 'My AI, all time', period: 'All time', style: 'ethereal', palette: ['#101010', '#fafafa'] };
    expect(shareCards(minimal)).toEqual([{ id: 'summary', style: 'ethereal', palette: minimal.palette, eyebrow: 'My AI, all time', headline: 'All time', rows: [] }]);
    // Every line is a payload string (maybe capitalised), a figure, or one of the cards' own captions.
    const payloadStrings = new Set(JSON.stringify(TEST_PAYLOAD).match(/"[^"]*"/g)!.map((quoted) => JSON.parse(quoted).toLowerCase()));
    // An emotion label is shown by its display name.
    for (const { label } of TEST_PAYLOAD.emotions!) payloadStrings.add(emotionName(label).toLowerCase());
    const own = ['My AI persona', 'achievements unlocked', 'The feeling that came through most in my prompts'];
    const invented = cardStrings(TEST_PAYLOAD).filter(
      (line) => line && !payloadStrings.has(line.toLowerCase()) && !/^\d[\d,]*%?$/.test(line) && !own.includes(line) && !/^My top topic: \d+% of my conversations$/.test(line),
    );
    expect(invented).toEqual([]);
  });
});
