import { describe, expect, it } from 'vitest';
import { UNKNOWN_ID, UseTokenizer } from './tokenizer';

const vocabulary: [string, number][] = [
  ['<unk>', 0], ['<s>', 0], ['</s>', 0], ['x1', 0], ['x2', 0], ['x3', 0],
  ['▁', -2], ['▁he', -3], ['▁hello', -4], ['llo', -3], ['▁world', -4], ['h', -5], ['e', -5], ['l', -5], ['o', -5],
];

describe('UseTokenizer', () => {
  const tokenizer = new UseTokenizer(vocabulary);
  const pieces = (text: string) => tokenizer.encode(text).map((id) => vocabulary[id]![0]);

  it('prefers the segmentation with the best total score', () => {
    expect(pieces('hello world')).toEqual(['▁hello', '▁world']);
  });

  it('normalises whitespace and returns nothing for an empty text', () => {
    expect(pieces('  hello\n\tworld ')).toEqual(['▁hello', '▁world']);
    expect(tokenizer.encode('   ')).toEqual([]);
  });

  it('collapses a run of unknown characters into one <unk>', () => {
    expect(tokenizer.encode('hello ¤¤¤')).toEqual([8, 6, UNKNOWN_ID]);
  });

  it('keeps at most maxTokens pieces', () => {
    expect(tokenizer.encode('hello world hello', 2)).toHaveLength(2);
  });
});
