'use client';
/** The Wrapped's cover art, drawn on this device: five styles, variations, PNG and animated APNG. */
import { useContext, useEffect, useState } from 'react';
import { CoverArt } from '@/components/art/CoverArt';
import { CountUpActive } from '@/components/ui/CountUp';
import { CoverControls } from '@/components/wrapped/CoverControls';
import { useWrappedCreative } from '@/components/wrapped/WrappedCreative';
import { SlideFrame } from '../SlideFrame';

export function CoverSlide() {
  const { cover } = useWrappedCreative();
  // Every slide is mounted from the start; draw only once this one is reached, so opening the
  // story (while the ML worker is still busy) does not also start the GPU and redraw when ML lands.
  const onScreen = useContext(CountUpActive);
  const [reached, setReached] = useState(onScreen);
  useEffect(() => {
    if (onScreen) setReached(true);
  }, [onScreen]);
  return (
    <SlideFrame kicker="Your cover" headline="Drawn from your year">
      {reached ? (
        <CoverArt params={cover} label={cover.style} animated className="[&_figcaption]:text-white/85" />
      ) : (
        <div className="aspect-square rounded-3xl bg-white/5" aria-hidden="true" />
      )}
      <div className="mt-auto flex flex-col gap-3" data-narration-skip>
        <CoverControls tone="story" />
      </div>
    </SlideFrame>
  );
}
