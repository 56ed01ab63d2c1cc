'use client';
/** A row of toggle buttons for one choice out of a few (writing style, cover style). */

interface StylePickerProps<T extends string> {
  label: string;
  options: readonly T[];
  value: T;
  onChange: (value: T) => void;
  tone?: 'story' | 'page';
}

const TONES = {
  story: { base: 'bg-black/25 text-white ring-white/25 hover:bg-black/40', on: 'bg-white text-zinc-900 ring-white' },
  page: { base: 'bg-zinc-800 text-zinc-200 ring-white/10 hover:bg-zinc-700', on: 'bg-fuchsia-600 text-white ring-fuchsia-400' },
} as const;

export function StylePicker<T extends string>({ label, options, value, onChange, tone = 'page' }: StylePickerProps<T>) {
  const colours = TONES[tone];
  return (
    <div role="group" aria-label={label} className="flex flex-wrap gap-2">
      {options.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={option === value}
          onClick={() => onChange(option)}
          className={`rounded-full px-3 py-1.5 text-sm font-semibold capitalize ring-1 transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-current ${option === value ? colours.on : colours.base}`}
        >
          {option}
        </button>
      ))}
    </div>
  );
}
