import { describe, expect, it } from 'vitest';
import { DEFAULT_WRAPPED_LOOK, nextSeed, parseWrappedLook } from './wrapped-look';

describe('parseWrappedLook', () => {
  it('keeps valid choices', () => {
    const look = { textStyle: 'poetic', textSeed: 42, textEngine: 'server', coverStyle: 'plasma', coverVariation: 3, coverSeed: 7 } as const;
    expect(parseWrappedLook(look)).toEqual(look);
  });

  it('falls back field by field on unknown or broken values', () => {
    expect(parseWrappedLook({ textStyle: 'shouty', textSeed: -1, textEngine: 'cloud', coverStyle: 'plasma', coverVariation: 1.5 })).toEqual({
      ...DEFAULT_WRAPPED_LOOK,
      coverStyle: 'plasma',
    });
    expect(parseWrappedLook(undefined)).toEqual(DEFAULT_WRAPPED_LOOK);
    expect(parseWrappedLook('neon')).toEqual(DEFAULT_WRAPPED_LOOK);
  });

  it('moves the seed on and wraps at the top', () => {
    expect(nextSeed(1)).toBe(2);
    expect(nextSeed(2 ** 31 - 1)).toBe(1);
  });
});
