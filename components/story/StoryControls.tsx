'use client';
import Link from 'next/link';
import { useEffect, useId, useState } from 'react';
import { PeriodNote, PeriodToggle, selectedNote } from '@/components/ui/PeriodToggle';
import type { PeriodKey, PeriodOption } from '@/lib/view/period';
import { NarrationControls } from './narration/NarrationControls';
import type { Narration } from './narration/useNarration';

interface StoryControlsProps {
  options: PeriodOption[];
  period: PeriodKey;
  onPeriodChange: (key: PeriodKey) => void;
  paused: boolean;
  onTogglePause: () => void;
  narration: Narration;
}

/** The period note steps aside after this long of playing, so it never sits over the slides for good. */
const NOTE_MS = 10_000;

const ROUND_BUTTON =
  'grid size-10 place-items-center rounded-full bg-black/25 text-white backdrop-blur transition hover:bg-black/40 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white';

export function StoryControls({ options, period, onPeriodChange, paused, onTogglePause, narration }: StoryControlsProps) {
  const noteId = useId();
  const note = selectedNote(options, period);
  // A note once hidden (by its button or by time) stays hidden for this story.
  const [hiddenNote, setHiddenNote] = useState<string | null>(null);
  const showNote = note !== null && note !== hiddenNote;
  useEffect(() => {
    if (!showNote || paused) return;
    const timer = setTimeout(() => setHiddenNote(note), NOTE_MS);
    return () => clearTimeout(timer);
  }, [showNote, paused, note]);

  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-center justify-between gap-2">
        <PeriodToggle options={options} value={period} onChange={onPeriodChange} noteId={showNote ? noteId : undefined} />
        <div className="flex items-center gap-2">
          {paused ? (
            <span data-testid="story-paused" className="rounded-full bg-black/40 px-3 py-1 text-xs font-bold uppercase tracking-wider backdrop-blur">
              Paused
            </span>
          ) : null}
          <NarrationControls narration={narration} buttonClassName={ROUND_BUTTON} />
          <button type="button" onClick={onTogglePause} aria-label={paused ? 'Play story' : 'Pause story'} className={ROUND_BUTTON}>
            {paused ? <PlayIcon /> : <PauseIcon />}
          </button>
          <Link href="/dashboard" aria-label="Close story and open the dashboard" className={ROUND_BUTTON}>
            <CloseIcon />
          </Link>
        </div>
      </div>
      {showNote ? (
        // Under the toggle, two short lines at most on a phone; tapping it doesn't turn the slide.
        <div data-no-tap className="flex items-start gap-1 self-start rounded-2xl bg-black/35 py-1 pl-3 pr-1 backdrop-blur">
          <PeriodNote options={options} value={period} id={noteId} className="py-0.5 text-[0.6875rem] font-medium text-white/90" />
          <button
            type="button"
            onClick={() => setHiddenNote(note)}
            aria-label="Hide this note"
            className="grid size-6 shrink-0 place-items-center rounded-full text-white/85 hover:text-white focus-visible:outline-2 focus-visible:outline-white"
          >
            <svg viewBox="0 0 24 24" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" aria-hidden="true">
              <path d="M6 6l12 12M18 6 6 18" />
            </svg>
          </button>
        </div>
      ) : null}
    </div>
  );
}

function PauseIcon() {
  return (
    <svg viewBox="0 0 24 24" className="size-5" fill="currentColor" aria-hidden="true">
      <rect x="6" y="5" width="4" height="14" rx="1" />
      <rect x="14" y="5" width="4" height="14" rx="1" />
    </svg>
  );
}

function PlayIcon() {
  return (
    <svg viewBox="0 0 24 24" className="size-5" fill="currentColor" aria-hidden="true">
      <path d="M8 5.5v13a1 1 0 0 0 1.5.86l10.5-6.5a1 1 0 0 0 0-1.72L9.5 4.64A1 1 0 0 0 8 5.5Z" />
    </svg>
  );
}

function CloseIcon() {
  return (
    <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" aria-hidden="true">
      <path d="M6 6l12 12M18 6 6 18" />
    </svg>
  );
}
