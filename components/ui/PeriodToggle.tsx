'use client';
import type { PeriodKey, PeriodOption } from '@/lib/view/period';

interface PeriodToggleProps {
  options: PeriodOption[];
  value: PeriodKey;
  onChange: (key: PeriodKey) => void;
  className?: string;
}

/** "2026 / All time": a pair of pressed-state buttons. */
export function PeriodToggle({ options, value, onChange, className = '' }: PeriodToggleProps) {
  return (
    <div role="group" aria-label="Period" className={`inline-flex rounded-full bg-black/30 p-1 ring-1 ring-white/15 backdrop-blur ${className}`}>
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
          {option.label}
        </button>
      ))}
    </div>
  );
}
