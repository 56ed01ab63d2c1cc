'use client';
/** The period's images as a grid: filters above, a page at a time, each opening its details. */
import { useMemo, useState } from 'react';
import { AssetImage } from '@/components/media/AssetImage';
import { DEFAULT_GALLERY_FILTERS, galleryView, type GalleryFilters } from '@/lib/media/gallery';
import type { StoredMedia } from '@/lib/media/summary';
import { formatNumber } from '@/lib/view/format';
import { countOf } from '@/lib/view/language';
import type { PeriodSpan } from '@/lib/view/period';
import { GalleryFilterBar } from './GalleryFilterBar';
import { ImageDetails } from './ImageDetails';

const PAGE = 48;

export function Gallery({ importId, stored, span }: { importId: string; stored: StoredMedia; span: PeriodSpan | null }) {
  const [filters, setFilters] = useState<GalleryFilters>(DEFAULT_GALLERY_FILTERS);
  const [shown, setShown] = useState(PAGE);
  const [open, setOpen] = useState<number | null>(null);
  // The span's fields, not the object: a new span of the same days keeps the memo.
  const fromDay = span?.fromDay ?? null;
  const toDay = span?.toDay ?? null;
  const view = useMemo(() => galleryView(stored.assets, stored.images, span, filters), [stored, fromDay, toDay, filters]);
  const items = view.items.slice(0, shown);

  return (
    <div className="flex flex-col gap-4">
      <GalleryFilterBar
        filters={filters}
        view={view}
        onChange={(next) => {
          setFilters(next);
          setShown(PAGE);
        }}
      />
      <p className="text-sm text-zinc-400" aria-live="polite" data-testid="gallery-count" data-value={view.items.length}>
        {countOf(view.items.length, 'image')}
      </p>
      {items.length > 0 ? (
        <ul className="grid grid-cols-3 gap-2 sm:grid-cols-4 lg:grid-cols-6" data-testid="gallery">
          {items.map((item, index) => {
            const label = item.analysis?.caption ?? (item.analysis?.themes.length ? item.analysis.themes.join(', ') : (item.asset.name ?? 'Image'));
            return (
              <li key={item.asset.assetId}>
                <button
                  type="button"
                  onClick={() => setOpen(index)}
                  className="group block w-full rounded-xl focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-fuchsia-400"
                  aria-label={`Open image: ${label}`}
                  data-testid="gallery-item"
                  data-asset-id={item.asset.assetId}
                >
                  <AssetImage importId={importId} assetId={item.asset.assetId} alt="" className="aspect-square rounded-xl" blurred={Boolean(item.analysis?.safety.sensitive)} />
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="rounded-2xl bg-white/5 p-4 text-sm text-zinc-400">No image matches these filters.</p>
      )}
      {view.items.length > shown ? (
        <button type="button" onClick={() => setShown((count) => count + PAGE)} className="self-center rounded-full bg-white/10 px-4 py-2 text-sm font-semibold hover:bg-white/15 focus-visible:outline-2 focus-visible:outline-fuchsia-400">
          Show {formatNumber(Math.min(PAGE, view.items.length - shown))} more
        </button>
      ) : null}
      <ImageDetails
        importId={importId}
        item={open === null ? null : (view.items[open] ?? null)}
        onClose={() => setOpen(null)}
        onStep={(step) => setOpen((index) => (index === null ? null : Math.min(view.items.length - 1, Math.max(0, index + step))))}
      />
    </div>
  );
}
