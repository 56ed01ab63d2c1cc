'use client';
/** The story player: one full-screen slide at a time with progress, controls and input. */
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Analysis } from '@/lib/analysis/types';
import type { PeriodKey, PeriodOption } from '@/lib/view/period';
import type { WrappedView } from '@/lib/view/wrapped-view';
import { slideLabel, storySlides } from '@/lib/view/story-slides';
import { CountUpActive } from '@/components/ui/CountUp';
import { SLIDE_GRADIENTS, SLIDE_SCRIM } from './gradients';
import { SlideContent } from './SlideContent';
import { StoryControls } from './StoryControls';
import { StoryProgress } from './StoryProgress';
import { useStoryKeys, useStoryPointer } from './useStoryInput';
import { useStoryAnnouncement } from './useStoryAnnouncement';
import { useStoryPlayer } from './useStoryPlayer';
import { NarrationNotice } from './narration/NarrationNotice';
import { speechDurationMs } from './narration/slide-speech';
import { useNarration } from './narration/useNarration';

export const SLIDE_DURATION_MS = 6000;

interface StoryProps {
  analysis: Analysis;
  view: WrappedView;
  options: PeriodOption[];
  onPeriodChange: (key: PeriodKey) => void;
  startPaused?: boolean;
  /** The user trained their own categories: the story shows them. */
  customCategories?: boolean;
}

export function Story({ analysis, view, options, onPeriodChange, startPaused = false, customCategories = false }: StoryProps) {
  const router = useRouter();
  const slides = useMemo(() => storySlides(view, { customCategories }), [view, customCategories]);
  const player = useStoryPlayer(slides.length, startPaused);
  const card = useRef<HTMLDivElement>(null);
  const exit = useCallback(() => router.push('/dashboard'), [router]);
  useStoryKeys(player, exit);
  const pointer = useStoryPointer(player, card);
  const currentSlide = useRef<HTMLElement | null>(null);
  const narration = useNarration(player, currentSlide);
  const { rewind } = player;
  // A new period starts its story from the top; the toggle keeps focus (no remount).
  useEffect(rewind, [view.key, rewind]);

  const slide = slides[player.index]!;
  const label = slideLabel(player.index, slides.length, slide);
  const announcement = useStoryAnnouncement(label, player.userPaused, currentSlide);
  const gradient = SLIDE_GRADIENTS[slide.id];

  return (
    <main
      className="fixed inset-0 flex touch-manipulation select-none items-center justify-center overflow-hidden bg-zinc-950"
      onContextMenu={(event) => event.preventDefault()}
      {...pointer}
    >
      {/* Desktop backdrop: the slide's colours, blurred. */}
      <div className={`pointer-events-none absolute inset-0 opacity-40 blur-3xl ${gradient}`} aria-hidden="true" />

      <div
        ref={card}
        role="region"
        aria-roledescription="carousel"
        aria-label="Your Wrapped story"
        className={`relative h-dvh w-full overflow-hidden text-white shadow-2xl transition-[background] sm:h-[min(880px,calc(100dvh-3rem))] sm:max-w-[480px] sm:rounded-[2rem] sm:ring-1 sm:ring-white/15 ${gradient}`}
      >
        <div className={`pointer-events-none absolute inset-0 ${SLIDE_SCRIM}`} aria-hidden="true" />

        <header className="absolute inset-x-0 top-0 z-20 flex flex-col gap-3 p-3 pt-[max(0.75rem,env(safe-area-inset-top))]">
          <StoryProgress
            count={slides.length}
            index={player.index}
            paused={player.paused}
            durationMs={narration.speaking ? speechDurationMs(narration.speaking) : SLIDE_DURATION_MS}
            // While narrating, the slide moves on when the voice has finished it.
            onComplete={player.atEnd || narration.active ? noop : player.next}
          />
          <StoryControls
            options={options}
            period={view.key}
            onPeriodChange={onPeriodChange}
            paused={player.paused}
            onTogglePause={player.togglePause}
            narration={narration}
          />
        </header>

        {slides.map((spec, index) => {
          const current = index === player.index;
          return (
            <CountUpActive.Provider key={`${view.key}-${spec.id}`} value={current}>
              <section
                ref={current ? currentSlide : undefined}
                role="group"
                aria-roledescription="slide"
                aria-label={slideLabel(index, slides.length, spec)}
                aria-current={current ? 'step' : undefined}
                hidden={!current}
                // Focusable, so a slide taller than the screen scrolls with the keyboard too.
                tabIndex={0}
                data-testid="story-slide"
                data-slide-id={spec.id}
                className="relative z-10 h-full overflow-y-auto focus-visible:outline-2 focus-visible:-outline-offset-4 focus-visible:outline-white sm:rounded-[2rem]"
              >
                <SlideContent id={spec.id} analysis={analysis} view={view} onReplay={player.restart} />
              </section>
            </CountUpActive.Provider>
          );
        })}

        <NarrationNotice narration={narration} />
      </div>

      <NavButton side="left" onClick={player.prev} disabled={player.index === 0} />
      <NavButton side="right" onClick={player.next} disabled={player.atEnd} />

      <p className="sr-only" aria-live="polite" aria-atomic="true" data-testid="story-announcer">
        {announcement}
      </p>
    </main>
  );
}

function noop() {}

function NavButton({ side, onClick, disabled }: { side: 'left' | 'right'; onClick: () => void; disabled: boolean }) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      aria-label={side === 'left' ? 'Previous slide' : 'Next slide'}
      className={`absolute top-1/2 z-30 hidden size-12 -translate-y-1/2 place-items-center rounded-full bg-white/10 text-2xl text-white ring-1 ring-white/20 transition hover:bg-white/20 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white disabled:opacity-30 sm:grid ${
        side === 'left' ? 'left-[max(1rem,calc(50%-240px-5rem))]' : 'right-[max(1rem,calc(50%-240px-5rem))]'
      }`}
    >
      <span aria-hidden="true">{side === 'left' ? '‹' : '›'}</span>
    </button>
  );
}
