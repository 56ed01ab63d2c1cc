'use client';
/** Cover style and "Another variation", for the story's cover slide and the dashboard's cover card. */
import { COVER_STYLES } from '@/lib/art/types';
import { StylePicker } from './StylePicker';
import { useWrappedCreative } from './WrappedCreative';

const VARIATION_BUTTON = {
  story: 'bg-white text-zinc-900 hover:scale-[1.02] focus-visible:outline-white',
  page: 'bg-zinc-800 text-zinc-100 ring-1 ring-white/10 hover:bg-zinc-700 focus-visible:outline-fuchsia-400',
} as const;

export function CoverControls({ tone }: { tone: 'story' | 'page' }) {
  const { look, update } = useWrappedCreative();
  return (
    <>
      <StylePicker label="Cover style" options={COVER_STYLES} value={look.coverStyle} onChange={(coverStyle) => update({ coverStyle })} tone={tone} />
      <button
        type="button"
        onClick={() => update({ coverVariation: look.coverVariation + 1 })}
        className={`self-start rounded-full px-4 py-2 text-sm font-bold transition focus-visible:outline-2 focus-visible:outline-offset-2 ${VARIATION_BUTTON[tone]}`}
      >
        Another variation
      </button>
    </>
  );
}
