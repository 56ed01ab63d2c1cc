import { describe, expect, it } from 'vitest';
import { safetyFromScores, SENSITIVE_THRESHOLD } from './safety';

describe('safety verdict', () => {
  it('names the top class in nsfwjs order (Drawing, Hentai, Neutral, Porn, Sexy)', () => {
    expect(safetyFromScores([0.1, 0.0, 0.85, 0.03, 0.02])).toEqual({
      label: 'neutral',
      scores: { drawing: 0.1, hentai: 0, neutral: 0.85, porn: 0.03, sexy: 0.02 },
      sensitive: false,
    });
    expect(safetyFromScores([0.9, 0.05, 0.05, 0, 0]).label).toBe('drawing');
  });

  it('is sensitive when porn, hentai and sexy together reach the threshold, whichever leads', () => {
    expect(SENSITIVE_THRESHOLD).toBe(0.5);
    expect(safetyFromScores([0.1, 0.2, 0.4, 0.15, 0.15])).toMatchObject({ label: 'neutral', sensitive: true });
    expect(safetyFromScores([0.3, 0.1, 0.3, 0.2, 0.1])).toMatchObject({ sensitive: false });
    expect(safetyFromScores([0, 0, 0.1, 0.9, 0])).toMatchObject({ label: 'porn', sensitive: true });
  });

  it('rejects a model output of the wrong length', () => {
    expect(() => safetyFromScores([1, 0])).toThrow(/returned 2 scores, expected 5/);
  });
});
