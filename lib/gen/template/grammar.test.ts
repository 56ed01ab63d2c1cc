import { describe, expect, it } from 'vitest';
import { GrammarSession } from './grammar';

const grammar = {
  greeting: ['Hello {name}.', 'Hi {name}, #mood#', 'Hey there.'],
  mood: ['nice day.', 'rainy day.'],
  needsTopic: ['About {topic}.', 'Nothing to say.'],
};

describe('GrammarSession', () => {
  it('is deterministic for a seed', () => {
    const write = (seed: number) => {
      const session = new GrammarSession(grammar, seed);
      return [0, 1, 2].map(() => session.expand('greeting', { name: 'Ada' }));
    };
    expect(write(5)).toEqual(write(5));
  });

  it('hands out each alternative once per session while fresh ones are left', () => {
    const plain = { line: ['One.', 'Two.', 'Three.'] };
    const session = new GrammarSession(plain, 1);
    const texts = [0, 1, 2].map(() => session.expand('line', {}));
    expect(new Set(texts)).toEqual(new Set(plain.line));
    // All used: a fourth text repeats one rather than fail.
    expect(plain.line).toContain(session.expand('line', {}));
  });

  it('skips alternatives whose values are missing, and inserts values verbatim', () => {
    for (let seed = 0; seed < 20; seed++) {
      expect(new GrammarSession(grammar, seed).expand('needsTopic', {})).toBe('Nothing to say.');
    }
    const texts = new Set(Array.from({ length: 20 }, (_, seed) => new GrammarSession(grammar, seed).expand('needsTopic', { topic: '"#mood# {x}"' })));
    expect(texts).toEqual(new Set(['About "#mood# {x}".', 'Nothing to say.']));
  });

  it('picks a guarded alternative only when its evidence flag is given, and writes nothing for the guard', () => {
    const guarded = { line: ['{?manyPrompts}A lot on your mind: {prompts}.', 'You sent {prompts}.'] };
    for (let seed = 0; seed < 20; seed++) expect(new GrammarSession(guarded, seed).expand('line', { prompts: '1 prompt' })).toBe('You sent 1 prompt.');
    const texts = new Set(Array.from({ length: 20 }, (_, seed) => new GrammarSession(guarded, seed).expand('line', { prompts: '80 prompts', manyPrompts: '' })));
    expect(texts).toEqual(new Set(['A lot on your mind: 80 prompts.', 'You sent 80 prompts.']));
  });

  it('says which rule cannot be written', () => {
    expect(() => new GrammarSession({ only: ['{missing}'] }, 1).expand('only', {})).toThrow('Grammar rule "only" has no alternative for the facts given.');
    expect(() => new GrammarSession(grammar, 1).expand('nope', {})).toThrow('Unknown grammar rule "nope".');
  });
});
