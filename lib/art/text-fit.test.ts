import { describe, expect, it } from 'vitest';
import { fitText, wrapText, type Measure } from './text-fit';

/** A monospace font: every character is half the font size wide. */
const mono: Measure = (text, size) => text.length * size * 0.5;

describe('wrapText', () => {
  it('wraps on spaces and keeps every line within the width', () => {
    const lines = wrapText('The Night Owl Coder who never sleeps', 100, 10, mono);
    expect(lines).toEqual(['The Night Owl Coder', 'who never sleeps']);
    for (const line of lines) expect(mono(line, 10)).toBeLessThanOrEqual(100);
  });

  it('breaks a word wider than the line', () => {
    const lines = wrapText('see supercalifragilisticexpialidocious', 50, 10, mono);
    expect(lines.join('')).toBe('seesupercalifragilisticexpialidocious');
    for (const line of lines) expect(mono(line, 10)).toBeLessThanOrEqual(50);
  });
});

describe('fitText', () => {
  const options = { maxWidth: 400, maxLines: 2, maxSize: 80, minSize: 20, measure: mono };

  it('keeps a short text at the largest size on one line', () => {
    expect(fitText('12,408', options)).toEqual({ size: 80, lines: ['12,408'] });
  });

  it('shrinks a long text until it fits the lines', () => {
    const fitted = fitText('The Thoughtful Asker of Questions', options);
    expect(fitted.size).toBeLessThan(80);
    expect(fitted.size).toBeGreaterThan(20);
    expect(fitted.lines.length).toBeLessThanOrEqual(2);
    for (const line of fitted.lines) expect(mono(line, fitted.size)).toBeLessThanOrEqual(400);
  });

  it('cuts what cannot fit even at the smallest size, with an ellipsis', () => {
    const fitted = fitText('word '.repeat(200), options);
    expect(fitted.size).toBe(20);
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines[1]!.endsWith('…')).toBe(true);
    for (const line of fitted.lines) expect(mono(line, 20)).toBeLessThanOrEqual(400);
  });
});
