'use client';
/** The studio's choices: period, style, variation, seed and renderer. */
import type { ReactNode } from 'react';
import { COVER_STYLES, type CoverStyle } from '@/lib/art/types';
import type { PeriodKey, PeriodOption } from '@/lib/view/period';
import { PeriodNote, PeriodToggle } from '@/components/ui/PeriodToggle';
import type { ArtBackend } from '@/workers/art/protocol';

export interface StudioChoice {
  style: CoverStyle;
  variation: number;
  seed: number;
  backend: ArtBackend | 'auto';
}

interface StudioControlsProps {
  choice: StudioChoice;
  onChange: (choice: StudioChoice) => void;
  period: PeriodKey;
  periods: PeriodOption[];
  onPeriodChange: (period: PeriodKey) => void;
}

const FIELD = 'rounded-xl bg-zinc-950 px-3 py-2 text-white ring-1 ring-white/15 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white';
const BUTTON = 'rounded-full bg-white/10 px-3 py-2 text-sm font-semibold text-white hover:bg-white/20 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="flex flex-col gap-1 text-xs font-semibold uppercase tracking-wider text-zinc-400">
      {label}
      {children}
    </label>
  );
}

export function StudioControls({ choice, onChange, period, periods, onPeriodChange }: StudioControlsProps) {
  const set = (change: Partial<StudioChoice>) => onChange({ ...choice, ...change });
  return (
    <div className="flex flex-wrap items-end gap-4" data-testid="studio-controls">
      <div className="flex flex-col gap-1">
        <PeriodToggle options={periods} value={period} onChange={onPeriodChange} noteId="studio-period-note" />
        <PeriodNote options={periods} value={period} id="studio-period-note" className="max-w-xs text-zinc-400" />
      </div>
      <Field label="Style">
        <select className={FIELD} value={choice.style} onChange={(event) => set({ style: event.target.value as CoverStyle })} data-testid="studio-style">
          {COVER_STYLES.map((style) => (
            <option key={style} value={style}>
              {style[0]!.toUpperCase() + style.slice(1)}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Variation">
        <span className="flex items-center gap-2">
          <button type="button" className={BUTTON} onClick={() => set({ variation: Math.max(0, choice.variation - 1) })} disabled={choice.variation === 0} aria-label="Previous variation">
            −
          </button>
          <output className="w-8 text-center text-base tabular-nums text-white" data-testid="studio-variation" aria-live="polite">
            {choice.variation + 1}
          </output>
          <button type="button" className={BUTTON} onClick={() => set({ variation: choice.variation + 1 })} aria-label="Next variation">
            +
          </button>
        </span>
      </Field>
      <Field label="Seed">
        <span className="flex items-center gap-2">
          <input
            className={`${FIELD} w-28 tabular-nums`}
            type="number"
            min={0}
            max={2 ** 31 - 1}
            value={choice.seed}
            onChange={(event) => {
              const seed = Number.parseInt(event.target.value, 10);
              if (Number.isSafeInteger(seed) && seed >= 0) set({ seed });
            }}
            data-testid="studio-seed"
          />
          <button type="button" className={BUTTON} onClick={() => set({ seed: crypto.getRandomValues(new Uint32Array(1))[0]! >>> 1, variation: 0 })}>
            Shuffle
          </button>
        </span>
      </Field>
      <Field label="Renderer">
        <select className={FIELD} value={choice.backend} onChange={(event) => set({ backend: event.target.value as StudioChoice['backend'] })} data-testid="studio-backend">
          <option value="auto">Automatic</option>
          <option value="webgl2">WebGL2 shaders</option>
          <option value="canvas2d">Canvas2D</option>
        </select>
      </Field>
    </div>
  );
}
