import { describe, expect, it } from 'vitest';
import { politeness } from './politeness';

describe('politeness', () => {
  it('counts the share of messages with each marker', () => {
    const result = politeness([
      'Please summarise this article.',
      'Thanks! That helped.',
      'thank you, I really appreciate it',
      'Sorry, I meant the other file. Pls redo it.',
      'Write a haiku about rain.',
      'Explain the pleasure principle.', // "pleasure" is not "please"
      'Thanksgiving recipes for four people', // nor is "Thanksgiving" "thanks"
      '```js\n// please do not edit\n```\nWhat does this do?', // code is skipped
    ]);
    expect(result.messages).toBe(8);
    expect(result.pleaseShare).toBeCloseTo(2 / 8, 6);
    expect(result.thanksShare).toBeCloseTo(2 / 8, 6);
    expect(result.sorryShare).toBeCloseTo(1 / 8, 6);
    expect(result.politeShare).toBeCloseTo(4 / 8, 6);
    expect(result.score).toBeGreaterThan(0);
    expect(result.score).toBeLessThanOrEqual(100);
  });

  it('scores politer histories higher', () => {
    const rude = politeness(['Do it.', 'Again.', 'Shorter.', 'Please fix it.']);
    const polite = politeness(['Please do it, thanks!', 'Thank you!', 'Could you please shorten it?', 'Please fix it.']);
    expect(polite.score).toBeGreaterThan(rude.score);
  });

  it('returns zeros, not NaN, for no messages', () => {
    expect(politeness([])).toEqual({ messages: 0, pleaseShare: 0, thanksShare: 0, sorryShare: 0, politeShare: 0, score: 0 });
  });
});
