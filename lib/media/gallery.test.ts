import { describe, expect, it } from 'vitest';
import type { AssetRecord } from '../assets/types';
import { periodSpan } from '../view/period';
import type { ImageAnalysis } from '../vision/types';
import { DEFAULT_GALLERY_FILTERS, galleryView, monthOf } from './gallery';

const Y2026 = periodSpan({ year: 2026 });
const MARCH = new Date(2026, 2, 10).getTime();
const JULY = new Date(2026, 6, 10).getTime();

function image(assetId: string, source: AssetRecord['source'], time: number): AssetRecord {
  return { importId: 'i', assetId, path: `${assetId}.png`, kind: 'image', source, conversationId: 'c', messageId: assetId, role: 'user', time, name: null, mimeType: 'image/png', bytes: 1 };
}

function seen(themes: string[], objects: string[], sensitive = false): ImageAnalysis {
  return { safety: { label: sensitive ? 'porn' : 'neutral', scores: { drawing: 0, hentai: 0, neutral: 1, porn: 0, sexy: 0 }, sensitive }, objects: objects.map((label) => ({ label, score: 0.8, box: [0, 0, 1, 1] })), themes };
}

const assets = [image('pizza', 'upload', MARCH), image('shot', 'upload', JULY), image('nsfw', 'upload', JULY), image('art', 'dalle', JULY), image('later', 'generated', MARCH)];
const analyses = new Map([
  ['pizza', seen(['food'], ['pizza'])],
  ['shot', seen(['screenshot'], [])],
  ['nsfw', seen(['people'], ['person'], true)],
]);

describe('galleryView', () => {
  it('hides sensitive images by default and counts them', () => {
    const view = galleryView(assets, analyses, Y2026, DEFAULT_GALLERY_FILTERS);
    expect(view.items.map((item) => item.asset.assetId)).toEqual(['shot', 'art', 'pizza', 'later']);
    expect(view.hiddenSensitive).toBe(1);
    expect(galleryView(assets, analyses, Y2026, { ...DEFAULT_GALLERY_FILTERS, showSensitive: true }).items).toHaveLength(5);
  });

  it('filters by kind, by what was seen and by month', () => {
    const ids = (filters: Partial<typeof DEFAULT_GALLERY_FILTERS>) => galleryView(assets, analyses, Y2026, { ...DEFAULT_GALLERY_FILTERS, ...filters }).items.map((item) => item.asset.assetId);
    expect(ids({ kind: 'generated' })).toEqual(['art', 'later']);
    expect(ids({ kind: 'upload' })).toEqual(['shot', 'pizza']);
    expect(ids({ seen: 'object:pizza' })).toEqual(['pizza']);
    expect(ids({ seen: 'theme:screenshot' })).toEqual(['shot']);
    expect(ids({ month: '2026-03' })).toEqual(['pizza', 'later']);
  });

  it('offers the months and what was seen, with counts', () => {
    const view = galleryView(assets, analyses, Y2026, DEFAULT_GALLERY_FILTERS);
    expect(view.months).toEqual(['2026-07', '2026-03']);
    expect(view.seenOptions.map((option) => option.value)).toEqual(['theme:food', 'theme:people', 'object:person', 'object:pizza', 'theme:screenshot']);
  });

  it('leaves out other years', () => {
    expect(galleryView(assets, analyses, periodSpan({ year: 2025 }), DEFAULT_GALLERY_FILTERS).items).toEqual([]);
  });

  it('keeps to the last 12 months, their last day included; undated images only for all time', () => {
    const undated = { ...image('undated', 'upload', MARCH), time: null };
    const withUndated = [...assets, undated];
    const lastTwelve = periodSpan({ year: null, range: { from: '2025-04-01', to: '2026-03-10' } });
    const view = galleryView(withUndated, analyses, lastTwelve, DEFAULT_GALLERY_FILTERS);
    expect(view.items.map((item) => item.asset.assetId)).toEqual(['pizza', 'later']);
    expect(view.months).toEqual(['2026-03']);
    expect(galleryView(withUndated, analyses, periodSpan({ year: null, range: { from: '2025-04-01', to: '2026-03-09' } }), DEFAULT_GALLERY_FILTERS).items).toEqual([]);
    expect(galleryView(withUndated, analyses, null, { ...DEFAULT_GALLERY_FILTERS, showSensitive: true }).items).toHaveLength(6);
  });
});

describe('monthOf', () => {
  it('uses local time', () => {
    expect(monthOf(MARCH)).toBe('2026-03');
    expect(monthOf(null)).toBeNull();
  });
});
