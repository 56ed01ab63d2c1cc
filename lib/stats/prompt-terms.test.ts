import { describe, expect, it } from 'vitest';
import { promptTerms } from './prompt-terms';

describe('promptTerms', () => {
  it('keeps lower-cased content words of three letters or more', () => {
    expect(promptTerms('Could you please explain the Kubernetes API to me?')).toEqual([
      'kubernetes',
      'api',
    ]);
  });

  it('drops contractions, strips possessives, keeps hyphenated words', () => {
    expect(promptTerms("Don't break Kubernetes's real-time scheduler, it's fragile")).toEqual([
      'break',
      'kubernetes',
      'real-time',
      'scheduler',
      'fragile',
    ]);
    expect(promptTerms('We’re fixing Docker’s cache')).toEqual(['fixing', 'docker', 'cache']);
  });

  it('ignores numbers, code blocks and links', () => {
    expect(promptTerms('2024 version 3.14 at https://example.com/path')).toEqual(['version']);
    expect(promptTerms('why does\n```python\nimport numpy\n```\nfail')).toEqual(['fail']);
  });
});
