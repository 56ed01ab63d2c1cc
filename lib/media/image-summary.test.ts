import { describe, expect, it } from 'vitest';
import type { AssetRecord } from '../assets/types';
import type { ImageAnalysis } from '../vision/types';
import { periodSpan } from '../view/period';
import { describeThemes, summarizeImages, themeWord } from './image-summary';

const JUNE_2025 = Date.UTC(2025, 5, 15, 12);
const JUNE_2026 = Date.UTC(2026, 5, 15, 12);

function image(assetId: string, source: AssetRecord['source'], time: number | null = JUNE_2026, path: string | null = `${assetId}.png`): AssetRecord {
  return { importId: 'i', assetId, path, kind: 'image', source, conversationId: 'c', messageId: 'm', role: source === 'upload' ? 'user' : 'assistant', time, name: null, mimeType: 'image/png', bytes: 10 };
}

function seen(themes: string[], objects: string[] = [], sensitive = false): ImageAnalysis {
  const scores = { drawing: 0, hentai: 0, neutral: 1, porn: 0, sexy: 0 };
  return {
    safety: { label: sensitive ? 'sexy' : 'neutral', scores, sensitive },
    objects: objects.map((label) => ({ label, score: 0.9, box: [0, 0, 0.5, 0.5] })),
    themes,
  };
}

describe('summarizeImages', () => {
  const assets = [
    image('a', 'upload'),
    image('b', 'upload'),
    image('c', 'upload'),
    image('d', 'dalle'),
    image('e', 'generated'),
    image('f', 'upload', JUNE_2025),
    image('missing', 'upload', JUNE_2026, null),
    { ...image('voice', 'voice'), kind: 'audio' as const },
  ];
  const analyses = new Map<string, ImageAnalysis>([
    ['a', seen(['screenshot'])],
    ['b', seen(['food'], ['pizza', 'person', 'person'])],
    ['c', seen(['screenshot'], [], true)],
    ['d', seen(['people'], ['person'])],
  ]);

  it('counts images by source within the year, leaving out missing files and other kinds', () => {
    const summary = summarizeImages(assets, analyses, periodSpan({ year: 2026 }));
    expect(summary).toMatchObject({ total: 5, uploads: 3, dalle: 1, generated: 1, analysed: 4, analysedUploads: 2, sensitive: 1 });
    expect(summarizeImages(assets, analyses, null).total).toBe(6);
    expect(summarizeImages(assets, analyses, periodSpan({ year: 2025 }))).toMatchObject({ total: 1, uploads: 1, analysed: 0 });
  });

  it('ranks themes and objects of uploads only, one count per image and label, sensitive images left out', () => {
    const summary = summarizeImages(assets, analyses, periodSpan({ year: 2026 }));
    expect(summary.themes).toEqual([{ label: 'food', count: 1 }, { label: 'screenshot', count: 1 }]);
    expect(summary.objects).toEqual([{ label: 'person', count: 1 }, { label: 'pizza', count: 1 }]);
  });
});

describe('describeThemes', () => {
  it('names the one or two themes that stand out', () => {
    expect(describeThemes([{ label: 'screenshot', count: 5 }, { label: 'food', count: 3 }, { label: 'people', count: 1 }], 10)).toBe('mostly screenshots and food');
    expect(describeThemes([{ label: 'food', count: 9 }, { label: 'people', count: 1 }], 10)).toBe('mostly food');
  });

  it('says nothing when no theme reaches a fifth of the uploads or nothing was analysed', () => {
    expect(describeThemes([{ label: 'food', count: 1 }], 10)).toBeNull();
    expect(describeThemes([], 0)).toBeNull();
  });

  it('pluralises countable themes only', () => {
    expect(themeWord('screenshot')).toBe('screenshots');
    expect(themeWord('food')).toBe('food');
  });
});

describe('summarizeImages over the last 12 months', () => {
  it('counts the images of the range only, never undated ones', () => {
    const assets = [image('recent', 'upload'), image('dalle', 'dalle'), image('old', 'upload', JUNE_2025), image('undated', 'upload', null)];
    const analyses = new Map<string, ImageAnalysis>();
    const span = (from: string, to: string) => periodSpan({ year: null, range: { from, to } });
    expect(summarizeImages(assets, analyses, span('2025-07-01', '2026-06-20'))).toMatchObject({ total: 2, uploads: 1, dalle: 1 });
    expect(summarizeImages(assets, analyses, span('2025-06-01', '2026-05-31'))).toMatchObject({ total: 1, uploads: 1, dalle: 0 });
    expect(summarizeImages(assets, analyses, null).total).toBe(4);
  });
});
