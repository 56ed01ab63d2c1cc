'use client';
import type { PeriodKey, PeriodOption } from '@/lib/view/period';

interface PeriodToggleProps {
  options: PeriodOption[];
  value: PeriodKey;
  onChange: (key: PeriodKey) => void;
  className?: string;
  /** Id of the PeriodNote shown with this toggle: the group is described by it while it is there. */
  noteId?: string;
}

/** "2026 / Last 12 months / All time": pressed-state buttons; long labels shorten on phones. */
export function PeriodToggle({ options, value, onChange, className = '', noteId }: PeriodToggleProps) {
  return (
    <div
      role="group"
      aria-label="Period"
      aria-describedby={noteId && selectedNote(options, value) ? noteId : undefined}
      className={`inline-flex rounded-full bg-black/30 p-1 ring-1 ring-white/15 backdrop-blur ${className}`}
    >
      {options.map((option) => (
        <button
          key={option.key}
          type="button"
          aria-pressed={option.key === value}
          onClick={() => onChange(option.key)}
          className={`whitespace-nowrap rounded-full px-3 py-1 text-sm font-semibold transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white ${
            option.key === value ? 'bg-white text-zinc-900' : 'text-white/80 hover:text-white'
          }`}
        >
          {option.shortLabel ? (
            <>
              {/* The full label stays the button's name; only its look shortens below `sm`. */}
              <span aria-hidden="true" className="sm:hidden">
                {option.shortLabel}
              </span>
              <span className="max-sm:sr-only">{option.label}</span>
            </>
          ) : (
            option.label
          )}
        </button>
      ))}
    </div>
  );
}

/** The selected option's note (why the view opened on it), if it has one. */
export function selectedNote(options: PeriodOption[], value: PeriodKey): string | null {
  return options.find((option) => option.key === value)?.note ?? null;
}

/**
 * The line under the toggle that says why this period was opened and how to switch
 * ("Showing all time: only 26 of your 236 prompts are from 2026. Switch to 2026 above.").
 * Renders nothing unless the selected option carries a note.
 */
export function PeriodNote({ options, value, id, className = '' }: { options: PeriodOption[]; value: PeriodKey; id?: string; className?: string }) {
  const note = selectedNote(options, value);
  if (!note) return null;
  return (
    <p id={id} data-testid="period-note" className={`text-xs leading-snug text-pretty ${className}`}>
      {note}
    </p>
  );
}
