import { describe, expect, it } from 'vitest';
import { isFiller, MAX_FILLER_WORDS } from './filler';

describe('isFiller', () => {
  it('is true for short acknowledgements and continuations', () => {
    for (const text of [
      'go on',
      'Continue',
      'continue.',
      'ok',
      'OK!',
      'okay thanks',
      'okkk',
      'thanks',
      'Thank you so much!',
      'thx',
      'yes',
      'Yes please',
      'yesss',
      'more',
      'next',
      'keep going',
      'sounds good',
      'makes sense',
      'got it, thanks',
      'perfect, thanks!',
      "that's great",
      'lol fair',
      'hahaha love it',
      'hmmm',
      'cool cool',
      '  sure  ',
    ]) {
      expect(isFiller(text), text).toBe(true);
    }
  });

  it('is true for emoji-only, punctuation-only and empty messages', () => {
    for (const text of ['', '   ', '?', '...', '!!', '👍', '🙏🙏', '😂 😂', '❤️', '👍🏽', ':)', ':-(', '— …', '🙂!']) {
      expect(isFiller(text), JSON.stringify(text)).toBe(true);
    }
  });

  it('is false for messages that say something', () => {
    for (const text of [
      'no, that is not what I asked',
      'give me an example',
      'continue the story with a twist',
      'thanks, now make it a table',
      'How do I merge two pandas dataframes?',
      'shorter please',
      'tl;dr?',
      'ok but which would YOU pick',
      'sourdough',
      '42',
      'obrigado',
      'Yes. Next, explain the second block line by line',
    ]) {
      expect(isFiller(text), text).toBe(false);
    }
  });

  it('stops at MAX_FILLER_WORDS words, even when every word is filler', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'ok').join(' ');
    expect(isFiller(words(MAX_FILLER_WORDS))).toBe(true);
    expect(isFiller(words(MAX_FILLER_WORDS + 1))).toBe(false);
  });
});
