'use client';
import Link from 'next/link';
import { PeriodToggle } from '@/components/ui/PeriodToggle';
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

const ROUND_BUTTON =
  'grid size-10 place-items-center rounded-full bg-black/25 text-white backdrop-blur transition hover:bg-black/40 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white';

export function StoryControls({ options, period, onPeriodChange, paused, onTogglePause, narration }: StoryControlsProps) {
  return (
    <div className="flex items-center justify-between gap-2">
      <PeriodToggle options={options} value={period} onChange={onPeriodChange} />
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
