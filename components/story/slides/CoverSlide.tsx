'use client';
/** The Wrapped's cover art, drawn on this device: five styles, variations, PNG and animated APNG. */
import { CoverArt } from '@/components/art/CoverArt';
import { CoverControls } from '@/components/wrapped/CoverControls';
import { useWrappedCreative } from '@/components/wrapped/WrappedCreative';
import { SlideFrame } from '../SlideFrame';

export function CoverSlide() {
  const { cover } = useWrappedCreative();
  return (
    <SlideFrame kicker="Your cover" headline="Drawn from your year">
      <CoverArt params={cover} label={cover.style} animated className="[&_figcaption]:text-white/75" />
      <div className="mt-auto flex flex-col gap-3" data-narration-skip>
        <CoverControls tone="story" />
      </div>
    </SlideFrame>
  );
}
