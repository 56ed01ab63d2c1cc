'use client';
/** The Wrapped's cover art, drawn on this device: five styles, variations, PNG and animated APNG. */
import { CoverArt } from '@/components/art/CoverArt';
import { StylePicker } from '@/components/wrapped/StylePicker';
import { useWrappedCreative } from '@/components/wrapped/WrappedCreative';
import { COVER_STYLES } from '@/lib/art/types';
import { SlideFrame } from '../SlideFrame';

export function CoverSlide() {
  const { cover, look, update } = useWrappedCreative();
  return (
    <SlideFrame kicker="Your cover" headline="Drawn from your year">
      <CoverArt params={cover} label={cover.style} animated className="[&_figcaption]:text-white/75" />
      <div className="mt-auto flex flex-col gap-3" data-narration-skip>
        <StylePicker label="Cover style" options={COVER_STYLES} value={look.coverStyle} onChange={(coverStyle) => update({ coverStyle })} tone="story" />
        <button
          type="button"
          onClick={() => update({ coverVariation: look.coverVariation + 1 })}
          className="self-start rounded-full bg-white px-5 py-2 font-bold text-zinc-900 transition hover:scale-[1.02] focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-white"
        >
          Another variation
        </button>
      </div>
    </SlideFrame>
  );
}
