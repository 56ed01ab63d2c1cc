/**
 * The dashboard gallery's filters: by kind (the user's uploads, generated images), by what the
 * vision models saw (a theme or an object), by month; images flagged sensitive stay hidden unless
 * the user reveals them. Pure, so the filter the user sees is the filter the tests check.
 */
import type { AssetRecord } from '../assets/types';
import { timeInSpan, type PeriodSpan } from '../view/period';
import type { ImageAnalysis } from '../vision/types';

export type GalleryKind = 'all' | 'upload' | 'generated';

export interface GalleryFilters {
  kind: GalleryKind;
  /** `theme:food` or `object:pizza`; null for any. */
  seen: string | null;
  /** YYYY-MM in local time; null for any. */
  month: string | null;
  showSensitive: boolean;
}

export const DEFAULT_GALLERY_FILTERS: GalleryFilters = { kind: 'all', seen: null, month: null, showSensitive: false };

export interface GalleryItem {
  asset: AssetRecord;
  analysis: ImageAnalysis | null;
}

export interface GalleryView {
  items: GalleryItem[];
  /** Matching images held back because they were flagged sensitive. */
  hiddenSensitive: number;
  /** Options for the filters, from the period's images (counts before filtering). */
  months: string[];
  seenOptions: { value: string; label: string; count: number }[];
}

export function monthOf(time: number | null): string | null {
  if (time === null) return null;
  const date = new Date(time);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

function matchesKind(asset: AssetRecord, kind: GalleryKind): boolean {
  if (kind === 'all') return true;
  return kind === 'upload' ? asset.source === 'upload' : asset.source === 'dalle' || asset.source === 'generated';
}

function matchesSeen(analysis: ImageAnalysis | null, seen: string | null): boolean {
  if (seen === null) return true;
  if (!analysis) return false;
  const [by, value] = [seen.slice(0, seen.indexOf(':')), seen.slice(seen.indexOf(':') + 1)];
  return by === 'theme' ? analysis.themes.includes(value) : analysis.objects.some((object) => object.label === value);
}

/** `span`: the period's (`periodSpan`); null for all time, which alone takes undated images. */
export function galleryView(assets: readonly AssetRecord[], analyses: ReadonlyMap<string, ImageAnalysis>, span: PeriodSpan | null, filters: GalleryFilters): GalleryView {
  const images = assets.filter((asset) => asset.kind === 'image' && asset.path !== null && timeInSpan(asset.time, span));
  const months = new Set<string>();
  const themes = new Map<string, number>();
  const objects = new Map<string, number>();
  const view: GalleryView = { items: [], hiddenSensitive: 0, months: [], seenOptions: [] };
  for (const asset of images) {
    const analysis = analyses.get(asset.assetId) ?? null;
    const month = monthOf(asset.time);
    if (month) months.add(month);
    for (const theme of analysis?.themes ?? []) themes.set(theme, (themes.get(theme) ?? 0) + 1);
    for (const label of new Set(analysis?.objects.map((object) => object.label))) objects.set(label, (objects.get(label) ?? 0) + 1);
    if (!matchesKind(asset, filters.kind) || !matchesSeen(analysis, filters.seen) || (filters.month !== null && month !== filters.month)) continue;
    if (analysis?.safety.sensitive && !filters.showSensitive) view.hiddenSensitive++;
    else view.items.push({ asset, analysis });
  }
  // Newest first, as people scroll photo galleries.
  view.items.sort((a, b) => (b.asset.time ?? -Infinity) - (a.asset.time ?? -Infinity));
  view.months = [...months].sort().reverse();
  const option = (by: 'theme' | 'object') => ([label, count]: [string, number]) => ({ value: `${by}:${label}`, label, count });
  view.seenOptions = [...[...themes].map(option('theme')), ...[...objects].map(option('object'))].sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1));
  return view;
}
