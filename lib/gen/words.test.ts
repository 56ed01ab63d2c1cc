import { describe, expect, it } from 'vitest';
import { monthDayOrdinal, modelName, topModelName } from './words';

describe('text wording', () => {
  it('writes dates as month and ordinal day', () => {
    expect(monthDayOrdinal('2026-03-01')).toBe('March 1st');
    expect(monthDayOrdinal('2026-11-22')).toBe('November 22nd');
    expect(monthDayOrdinal('2026-05-13')).toBe('May 13th');
    expect(monthDayOrdinal('2026-05-11')).toBe('May 11th');
  });

  it('names models by their display name, whether it gets a slug or a name', () => {
    expect(modelName('text-davinci-002-render-sha')).toBe('GPT-3.5');
    expect(modelName('gpt-4-5')).toBe('GPT-4.5');
    expect(modelName('gpt-4o')).toBe('GPT-4o');
    expect(modelName('unknown')).toBe('an unrecorded model');
    // Display names pass through unchanged, the o-series included.
    for (const name of ['GPT-4o', 'GPT-4o mini', 'o3-mini', 'o3-mini (high)', 'Claude 3.5 Sonnet', 'Auto (ChatGPT picked)']) expect(modelName(name)).toBe(name);
  });

  it('has no top model name for an unrecorded model', () => {
    expect(topModelName({ topModel: { name: 'unknown', share: 1 } })).toBeNull();
    expect(topModelName({ topModel: null })).toBeNull();
    expect(topModelName({ topModel: { name: 'gpt-4-5', share: 1 } })).toBe('GPT-4.5');
  });
});
