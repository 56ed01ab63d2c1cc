'use client';
/** Up to six of the period's images on a slide (never one flagged sensitive); only on this device. */
import { AssetImage } from '@/components/media/AssetImage';
import type { AssetRecord } from '@/lib/assets/types';
import type { StoredMedia } from '@/lib/media/summary';
import { timeInSpan, type PeriodSpan } from '@/lib/view/period';

const TILES = 6;

export function MediaMosaic({ importId, stored, span, sources }: { importId: string; stored: StoredMedia; span: PeriodSpan | null; sources: readonly AssetRecord['source'][] }) {
  const picks = stored.assets
    .filter((asset) => asset.kind === 'image' && asset.path !== null && sources.includes(asset.source) && timeInSpan(asset.time, span))
    // Only images the safety model has cleared: a slide is often shown to others over a shoulder.
    .filter((asset) => stored.images.get(asset.assetId)?.safety.sensitive === false)
    .slice(-TILES);
  if (picks.length === 0) return null;
  return (
    <ul className="grid grid-cols-3 gap-2" aria-label="Some of these images">
      {picks.map((asset) => (
        <li key={asset.assetId}>
          <AssetImage importId={importId} assetId={asset.assetId} alt={stored.images.get(asset.assetId)?.themes.join(', ') || 'An image from your chats'} className="aspect-square rounded-2xl" />
        </li>
      ))}
    </ul>
  );
}
