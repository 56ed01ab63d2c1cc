import { describe, expect, it } from 'vitest';
import { makeSnippet, SNIPPET_LENGTH } from './snippet';

const marked = (snippet: { text: string; highlights: [number, number][] }) =>
  snippet.highlights.map(([start, end]) => snippet.text.slice(start, end));

describe('makeSnippet', () => {
  it('centres a window on the matched term and points the highlight at it', () => {
    const text = `${'Lorem ipsum dolor sit amet, '.repeat(20)}then the Kubernetes operator failed. ${'Filler words go here. '.repeat(20)}`;
    const snippet = makeSnippet(text, ['kubernetes']);
    expect(marked(snippet)).toEqual(['Kubernetes']);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
  });

  it('prefers the window holding the most distinct terms and marks whole words only', () => {
    const text = `pandas alone here. ${'x '.repeat(200)} merge the pandas frames, not pandasql.`;
    const snippet = makeSnippet(text, ['pandas', 'merge']);
    expect(marked(snippet)).toEqual(['merge', 'pandas']);
  });

  it('collapses whitespace and falls back to the start without terms', () => {
    const snippet = makeSnippet('  Hello\n\nworld   again ', []);
    expect(snippet).toEqual({ text: 'Hello world again', highlights: [] });
    const long = makeSnippet('word '.repeat(100), ['absent']);
    expect(long.text.startsWith('word word')).toBe(true);
    expect(long.text.endsWith('…')).toBe(true);
    expect(long.highlights).toEqual([]);
  });

  it('handles empty text and terms with regex characters', () => {
    expect(makeSnippet('', ['a'])).toEqual({ text: '', highlights: [] });
    expect(marked(makeSnippet('use c++ daily', ['c++']))).toEqual(['c++']);
    expect(marked(makeSnippet('Ünïcode wörds here', ['wörds']))).toEqual(['wörds']);
  });
});
