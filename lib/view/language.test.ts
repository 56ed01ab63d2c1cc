import { describe, expect, it } from 'vitest';
import { articleFor, countAdjective, countOf, listOf, nounFor, ordinal, pluralOf, spelledCount, withArticle } from './language';

describe('pluralOf', () => {
  it('adds -s, -es and -ies, keeps irregular plurals, and pluralises the last word of a phrase', () => {
    expect(pluralOf('conversation')).toBe('conversations');
    expect(pluralOf('day')).toBe('days');
    expect(pluralOf('key')).toBe('keys');
    expect(pluralOf('reply')).toBe('replies');
    expect(pluralOf('category')).toBe('categories');
    expect(pluralOf('match')).toBe('matches');
    expect(pluralOf('box')).toBe('boxes');
    expect(pluralOf('bus')).toBe('buses');
    expect(pluralOf('person')).toBe('people');
    expect(pluralOf('image file')).toBe('image files');
    expect(pluralOf('voice message')).toBe('voice messages');
  });

  it('keeps the capital of a capitalised noun', () => {
    expect(pluralOf('Reply')).toBe('Replies');
    expect(pluralOf('Conversation')).toBe('Conversations');
  });
});

describe('countOf and nounFor', () => {
  it('says 1 in the singular and 0 and 2 or more in the plural', () => {
    expect(countOf(1, 'conversation')).toBe('1 conversation');
    expect(countOf(0, 'conversation')).toBe('0 conversations');
    expect(countOf(2, 'conversation')).toBe('2 conversations');
    expect(countOf(1, 'day')).toBe('1 day');
    expect(countOf(1, 'reply')).toBe('1 reply');
    expect(countOf(3, 'reply')).toBe('3 replies');
    expect(countOf(2784, 'conversation')).toBe('2,784 conversations');
  });

  it('takes an explicit plural', () => {
    expect(countOf(1, 'person', { plural: 'folks' })).toBe('1 person');
    expect(countOf(2, 'person', { plural: 'folks' })).toBe('2 folks');
  });

  it('treats fractions as plural, judged as they are shown', () => {
    // A median of an even number of prompts is a half: "145.5 words", never "1.5 word".
    expect(countOf(145.5, 'word', { style: 'decimal' })).toBe('145.5 words');
    expect(countOf(1.5, 'word', { style: 'decimal' })).toBe('1.5 words');
    expect(countOf(0.5, 'word', { style: 'decimal' })).toBe('0.5 words');
    // Shown rounded: 0.96 reads "1", so the noun is singular; 1.5 reads "2".
    expect(countOf(0.96, 'word')).toBe('1 word');
    expect(countOf(1.5, 'word')).toBe('2 words');
    expect(countOf(1.04, 'word', { style: 'decimal' })).toBe('1 word');
    expect(nounFor(1.5, 'word', 'words', 'decimal')).toBe('words');
    expect(nounFor(0, 'word')).toBe('words');
  });

  it('never shows a negative or non-finite count', () => {
    expect(countOf(-2784, 'conversation')).toBe('0 conversations');
    expect(countOf(Number.NaN, 'message')).toBe('0 messages');
    expect(countOf(Number.POSITIVE_INFINITY, 'message')).toBe('0 messages');
  });

  it('says compact counts in the plural ("1K messages", "1.2M messages")', () => {
    expect(countOf(1_234_567, 'message', { style: 'compact' })).toBe('1.2M messages');
    expect(countOf(12, 'message', { style: 'compact' })).toBe('12 messages');
    expect(countOf(1, 'message', { style: 'compact' })).toBe('1 message');
    // "1K" is a thousand: plural. (Judging the digits of "1K" alone reads it as one.)
    expect(countOf(1_000, 'message', { style: 'compact' })).toBe('1K messages');
    expect(countOf(1_000_000, 'word', { style: 'compact' })).toBe('1M words');
  });
});

describe('ordinal', () => {
  it('writes English ordinals, teens included', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 113].map(ordinal)).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th', '112th', '113th',
    ]);
    expect(ordinal(1000)).toBe('1,000th');
  });
});

describe('articleFor', () => {
  it('says "an" before numbers spoken with a vowel: 8…, 11, 18, and their thousands', () => {
    for (const number of ['8', '11', '18', '80', '88', '800', '8.5', '11,000', '18,500', '11,500', '800,000', '18,000,000']) {
      expect(articleFor(number), number).toBe('an');
    }
  });

  it('says "a" before every other number', () => {
    for (const number of ['0', '1', '7', '100', '110', '180', '1,100', '1,800', '111', '1,000']) {
      expect(articleFor(number), number).toBe('a');
    }
  });

  it('reads the number at the start of a phrase', () => {
    expect(withArticle('18-day streak')).toBe('an 18-day streak');
    expect(withArticle('8-day streak')).toBe('an 8-day streak');
    expect(withArticle('11th place')).toBe('an 11th place');
    expect(withArticle('7-day streak')).toBe('a 7-day streak');
    expect(withArticle('110-day streak')).toBe('a 110-day streak');
    expect(withArticle(`${countAdjective(18, 'day')} streak`)).toBe('an 18-day streak');
    expect(withArticle(`${countAdjective(1100, 'day')} streak`)).toBe('a 1,100-day streak');
  });

  it('goes by sound for words: an hour, a user, an MP3, a PDF', () => {
    expect(articleFor('apple')).toBe('an');
    expect(articleFor('hour')).toBe('an');
    expect(articleFor('honest answer')).toBe('an');
    expect(articleFor('user')).toBe('a');
    expect(articleFor('unicorn')).toBe('a');
    expect(articleFor('European trip')).toBe('a');
    expect(articleFor('one-off')).toBe('a');
    expect(articleFor('umbrella')).toBe('an');
    expect(articleFor('MP3')).toBe('an');
    expect(articleFor('FAQ')).toBe('an');
    expect(articleFor('PDF')).toBe('a');
    expect(articleFor('night owl')).toBe('a');
    expect(articleFor('early bird')).toBe('an');
  });
});

describe('countAdjective', () => {
  it('is always singular and keeps thousands separators', () => {
    expect(countAdjective(1, 'day')).toBe('1-day');
    expect(countAdjective(18, 'day')).toBe('18-day');
    expect(countAdjective(1100, 'day')).toBe('1,100-day');
  });
});

describe('listOf', () => {
  it('joins with "and" (Oxford comma from three) or "or"', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['ChatGPT'])).toBe('ChatGPT');
    expect(listOf(['ChatGPT', 'Claude'])).toBe('ChatGPT and Claude');
    expect(listOf(['ChatGPT', 'Claude', 'Gemini'])).toBe('ChatGPT, Claude, and Gemini');
    expect(listOf(['GPT-4o', 'o3-mini'], 'or')).toBe('GPT-4o or o3-mini');
    expect(listOf(['a', 'b', 'c'], 'or')).toBe('a, b, or c');
  });
});

describe('spelledCount', () => {
  it('spells zero to ten and writes digits above', () => {
    expect([0, 1, 2, 5, 10].map(spelledCount)).toEqual(['zero', 'one', 'two', 'five', 'ten']);
    expect(spelledCount(11)).toBe('11');
    expect(spelledCount(2784)).toBe('2,784');
  });

  it('writes fractions as digits, never a spelled word', () => {
    expect(spelledCount(2.5)).not.toMatch(/^[a-z]+$/);
  });
});
