'use client';
import type { Narration } from './useNarration';

/** Why narration stopped, at the bottom of the card; the story itself carries on. */
export function NarrationNotice({ narration }: { narration: Narration }) {
  return (
    <p role="status" className="pointer-events-none absolute inset-x-4 bottom-4 z-30 text-center text-sm" data-narration-skip>
      {narration.error ? <span className="inline-block rounded-xl bg-black/60 px-3 py-2 text-white backdrop-blur">{narration.error}</span> : null}
    </p>
  );
}
