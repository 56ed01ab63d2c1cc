import { describe, expect, it } from 'vitest';
import { countNoun, monthDayOrdinal, ordinal } from './words';

describe('text wording', () => {
  it('pluralises and groups digits', () => {
    expect(countNoun(1, 'conversation')).toBe('1 conversation');
    expect(countNoun(2, 'conversation')).toBe('2 conversations');
    expect(countNoun(0, 'image')).toBe('0 images');
    expect(countNoun(12408, 'word')).toBe('12,408 words');
    expect(countNoun(3, 'reply', 'replies')).toBe('3 replies');
  });

  it('writes ordinals, teens included', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31, 111].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '31st', '111th']);
  });

  it('writes dates as month and ordinal day', () => {
    expect(monthDayOrdinal('2026-03-01')).toBe('March 1st');
    expect(monthDayOrdinal('2026-11-22')).toBe('November 22nd');
    expect(monthDayOrdinal('2026-05-13')).toBe('May 13th');
  });
});
