'use client';
/** The query field and its button. The page owns the text (examples fill it in too). */
import { useId } from 'react';

interface SearchBoxProps {
  value: string;
  busy: boolean;
  onChange: (value: string) => void;
  /** Enter or the button: search now, without waiting for the pause. */
  onSubmit: () => void;
}

export function SearchBox({ value, busy, onChange, onSubmit }: SearchBoxProps) {
  const inputId = useId();
  const hintId = useId();
  return (
    <form
      role="search"
      aria-label="Conversations"
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <label htmlFor={inputId} className="text-sm font-semibold text-zinc-300">
        Search your conversations
      </label>
      <div className="flex gap-2">
        <input
          id={inputId}
          type="search"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          placeholder="e.g. that pasta recipe, or how to fix a flaky test"
          aria-describedby={hintId}
          autoComplete="off"
          autoFocus
          data-testid="search-input"
          className="min-w-0 flex-1 rounded-2xl bg-zinc-900 px-4 py-3 text-base text-zinc-100 ring-1 ring-white/10 placeholder:text-zinc-400 focus-visible:outline-2 focus-visible:outline-fuchsia-400"
        />
        <button
          type="submit"
          aria-busy={busy}
          data-testid="search-submit"
          className="shrink-0 rounded-2xl bg-linear-to-r from-violet-500 via-fuchsia-500 to-amber-400 px-5 py-3 font-bold text-white transition hover:brightness-110 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
        >
          Search
        </button>
      </div>
      <p id={hintId} className="text-xs text-zinc-400">
        Finds your exact words, and also messages that say the same thing in other words. Runs on this device.
      </p>
    </form>
  );
}
