import { describe, expect, it } from 'vitest';
import { complexityScore } from './complexity';
import { createMattr } from './mattr';
import { createSampler } from './sampling';
import { capText, looksLikeCode, stripCode, stripFencedCode } from './strip-code';

describe('complexityScore', () => {
  const base = { meanSentenceLength: 12, meanWordLength: 4.5, clausesPerSentence: 0.4 };
  it('stays in 0–100 and is 0 for trivial text', () => {
    expect(complexityScore({ meanSentenceLength: 3, meanWordLength: 3, clausesPerSentence: 0 })).toBe(0);
    expect(complexityScore({ meanSentenceLength: 1e6, meanWordLength: 1e6, clausesPerSentence: 1e6 })).toBeLessThanOrEqual(100);
    expect(complexityScore({ meanSentenceLength: Number.NaN, meanWordLength: 0, clausesPerSentence: -1 })).toBe(0);
  });
  it('increases with each input', () => {
    const score = complexityScore(base);
    expect(complexityScore({ ...base, meanSentenceLength: 20 })).toBeGreaterThan(score);
    expect(complexityScore({ ...base, meanWordLength: 5.5 })).toBeGreaterThan(score);
    expect(complexityScore({ ...base, clausesPerSentence: 1 })).toBeGreaterThan(score);
  });
});

describe('createMattr', () => {
  it('is plain TTR below one window and window-averaged above', () => {
    const short = createMattr(4);
    for (const w of ['a', 'b', 'a']) short.push(w);
    expect(short.value()).toBeCloseTo(2 / 3, 6);

    const long = createMattr(2);
    for (const w of ['a', 'a', 'b', 'c']) long.push(w); // windows: aa, ab, bc → ½, 1, 1
    expect(long.value()).toBeCloseTo(2.5 / 3, 6);
    expect(createMattr().value()).toBe(0);
  });
  it('does not shrink with volume for the same kind of text', () => {
    const words = 'the cat sat on a mat while my dog ran to the park and back again'.split(' ');
    const once = createMattr(10);
    const many = createMattr(10);
    for (const w of words) once.push(w);
    for (let i = 0; i < 50; i += 1) for (const w of words) many.push(w);
    expect(Math.abs(many.value() - once.value())).toBeLessThan(0.05);
  });
});

describe('createSampler', () => {
  const count = (sample: (i: number) => boolean, n: number) => Array.from({ length: n }, (_, i) => i).filter(sample).length;
  it('takes everything under the cap', () => expect(count(createSampler(100), 100)).toBe(100));
  it('takes exactly the cap, evenly, when the total is known', () => expect(count(createSampler(100, 1_000), 1_000)).toBe(100));
  it('grows logarithmically when the total is unknown', () => {
    expect(count(createSampler(100), 200)).toBe(150);
    expect(count(createSampler(100), 800)).toBe(250);
  });
});

describe('stripCode', () => {
  it('removes fenced blocks, unclosed fences, tilde fences and inline code', () => {
    expect(stripCode('Fix:\n```ts\nconst a = 1;\n```\nthanks')).toBe('Fix:\n\n\nthanks');
    expect(stripCode('See ```x = 1``` here')).toBe('See \n here');
    expect(stripCode('Look:\n```\nunclosed code\nmore')).toBe('Look:\n\n');
    expect(stripCode('A\n~~~\ncode\n~~~\nB')).toBe('A\n\n\nB');
    expect(stripCode('Use `map` not `forEach`.')).toBe('Use  not .');
    expect(stripCode('plain text')).toBe('plain text');
  });
  it('drops lines that look like unfenced code, keeps prose and markdown', () => {
    for (const code of ['int size = 0;', 'void loop() {', '    }', 'df = pd.read_csv(path)', 'if x[i] == y[j]:', '<div class="a">']) expect(looksLikeCode(code)).toBe(true);
    for (const prose of ['I use Python (version 3).', '**Bold heading:**', '| Mistake | Fix |', 'Costs $5 (roughly).', 'What is 2 + 2?', 'Please explain how this works']) expect(looksLikeCode(prose)).toBe(false);
    expect(stripCode('Explain this:\nx = foo(y);\nThanks')).toBe('Explain this:\nThanks');
    expect(stripFencedCode('please run foo(x);')).toBe('please run foo(x);');
  });
  it('caps text without splitting a word', () => {
    expect(capText('hello world again', 13)).toBe('hello world');
    expect(capText('short', 100)).toBe('short');
  });
});
