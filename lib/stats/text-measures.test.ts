import { describe, expect, it } from 'vitest';
import { countWords, looksLikeCode } from './text-measures';

describe('countWords', () => {
  it('counts whitespace-separated tokens with a letter or digit', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  hello   world\n\tagain ')).toBe(3);
    expect(countWords('— ``` … ok 42')).toBe(2);
    expect(countWords("don't stop-me-now")).toBe(2);
  });

  it('handles non-ASCII letters and spaces', () => {
    expect(countWords('café naïve\u00a0Ünïcode')).toBe(3);
    expect(countWords('привет мир')).toBe(2);
    expect(countWords('𠀋 —')).toBe(1);
  });
});

describe('looksLikeCode', () => {
  it('sees fenced blocks', () => {
    expect(looksLikeCode('try:\n```\nls\n```')).toBe(true);
  });

  it('needs two code-like lines', () => {
    expect(looksLikeCode('int x = 1;\nint y = 2;')).toBe(true);
    expect(looksLikeCode('if (x) {\n  y();\n}')).toBe(true);
    expect(looksLikeCode('import os\ndef main():\n  pass')).toBe(true);
    expect(looksLikeCode('function f() {}\nfunction g() {}')).toBe(true);
    expect(looksLikeCode('I paused; then I went on.')).toBe(false);
    expect(looksLikeCode('Import the data and def-initely check it.\nThen done.')).toBe(false);
  });
});
