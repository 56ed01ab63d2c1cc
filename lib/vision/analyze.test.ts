import { describe, expect, it } from 'vitest';
import { toImageAnalysis, type BundledFindings } from './analyze';
import { safetyFromScores } from './safety';

const bundled: BundledFindings = {
  safety: safetyFromScores([0.02, 0, 0.97, 0.01, 0]),
  objects: [{ label: 'pizza', score: 0.7, box: [0.2, 0.2, 0.5, 0.5] }],
  stats: { flatShare: 0.05, lightShare: 0.2 },
  shape: { width: 3024, height: 4032, mimeType: 'image/jpeg' },
};

describe('image analysis', () => {
  it('stands on the bundled findings alone', () => {
    expect(toImageAnalysis(bundled)).toEqual({ safety: bundled.safety, objects: bundled.objects, themes: ['food'] });
  });

  it('adds the hub caption and the best tags, and lets a confident tag lead the themes', () => {
    const tags = [
      { label: 'selfie', score: 0.61234, theme: 'people' as const },
      { label: 'food', score: 0.3, theme: 'food' as const },
      ...['a', 'b', 'c', 'd'].map((label) => ({ label, score: 0.02 })),
    ];
    expect(toImageAnalysis(bundled, { tags, caption: 'a man eating a slice of pizza' })).toEqual({
      safety: bundled.safety,
      objects: bundled.objects,
      themes: ['people', 'food'],
      caption: 'a man eating a slice of pizza',
      tags: [
        { label: 'selfie', score: 0.612 },
        { label: 'food', score: 0.3 },
      ],
    });
  });
});
