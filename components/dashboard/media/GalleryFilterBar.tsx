'use client';
/** The gallery's filters: kind (a radio group), what is in the picture, month, and the sensitive switch. */
import type { GalleryFilters, GalleryKind, GalleryView } from '@/lib/media/gallery';
import { formatNumber } from '@/lib/view/format';
import { countOf } from '@/lib/view/language';

const KINDS: { value: GalleryKind; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'upload', label: 'Your uploads' },
  { value: 'generated', label: 'Generated' },
];

const FIELD = 'rounded-full bg-white/10 px-3 py-1.5 text-sm text-zinc-100 ring-1 ring-white/10 focus-visible:outline-2 focus-visible:outline-fuchsia-400';

function monthLabel(month: string): string {
  const [year, index] = month.split('-').map(Number);
  return new Date(year!, index! - 1, 1).toLocaleDateString('en-US', { month: 'long', year: 'numeric' });
}

interface GalleryFilterBarProps {
  filters: GalleryFilters;
  view: GalleryView;
  onChange: (filters: GalleryFilters) => void;
}

export function GalleryFilterBar({ filters, view, onChange }: GalleryFilterBarProps) {
  const set = (patch: Partial<GalleryFilters>) => onChange({ ...filters, ...patch });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <div role="radiogroup" aria-label="Kind of image" className="flex gap-1 rounded-full bg-white/5 p-1">
        {KINDS.map((kind) => (
          <button
            key={kind.value}
            type="button"
            role="radio"
            aria-checked={filters.kind === kind.value}
            onClick={() => set({ kind: kind.value })}
            className={`rounded-full px-3 py-1 text-sm focus-visible:outline-2 focus-visible:outline-fuchsia-400 ${filters.kind === kind.value ? 'bg-white text-zinc-900' : 'text-zinc-300 hover:bg-white/10'}`}
          >
            {kind.label}
          </button>
        ))}
      </div>
      <label className="sr-only" htmlFor="gallery-seen">What is in the image</label>
      <select id="gallery-seen" className={FIELD} value={filters.seen ?? ''} onChange={(event) => set({ seen: event.target.value || null })} data-testid="gallery-seen">
        <option value="">Anything</option>
        {view.seenOptions.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label} ({formatNumber(option.count)})
          </option>
        ))}
      </select>
      <label className="sr-only" htmlFor="gallery-month">Month</label>
      <select id="gallery-month" className={FIELD} value={filters.month ?? ''} onChange={(event) => set({ month: event.target.value || null })}>
        <option value="">Any month</option>
        {view.months.map((month) => (
          <option key={month} value={month}>
            {monthLabel(month)}
          </option>
        ))}
      </select>
      {view.hiddenSensitive > 0 || filters.showSensitive ? (
        <label className="flex items-center gap-2 text-sm text-zinc-300">
          <input type="checkbox" checked={filters.showSensitive} onChange={(event) => set({ showSensitive: event.target.checked })} className="size-4 accent-fuchsia-500" data-testid="gallery-show-sensitive" />
          Show sensitive images{view.hiddenSensitive > 0 ? ` (${countOf(view.hiddenSensitive, 'image')} hidden)` : ''}
        </label>
      ) : null}
    </div>
  );
}
