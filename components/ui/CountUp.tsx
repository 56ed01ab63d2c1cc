'use client';
/**
 * A number that counts up from zero in about a second, each time its slide becomes active.
 * The exact value is always in `data-value`, so tests can read it mid-animation; with
 * reduced motion the final value shows at once.
 */
import { createContext, useContext, useEffect, useState } from 'react';
import { countUpProgress, countUpShown, countUpValue } from '@/lib/view/count-up';
import { formatNumber } from '@/lib/view/format';
import { useReducedMotion } from './useReducedMotion';

/** False inside a story slide that is not on screen: its numbers wait at zero. */
export const CountUpActive = createContext(true);

interface CountUpProps {
  value: number;
  /** The Stats field it shows: becomes data-testid="stat-<name>". */
  name?: string;
  /** Overrides the test id (for repeated numbers, e.g. on the summary slide). */
  testId?: string;
  format?: (value: number) => string;
  durationMs?: number;
  className?: string;
}

export function CountUp({ value, name, testId, format = formatNumber, durationMs = 1000, className }: CountUpProps) {
  const reducedMotion = useReducedMotion();
  const active = useContext(CountUpActive);
  const [shown, setShown] = useState(0);

  useEffect(() => {
    if (reducedMotion) return;
    if (!active) {
      setShown(0);
      return;
    }
    let frame = 0;
    const start = performance.now();
    // The frame's timestamp can precede `start`: countUpValue clamps it to the first value, 0.
    const tick = (now: number) => {
      setShown(countUpValue(value, now, start, durationMs));
      if (countUpProgress(now, start, durationMs) < 1) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [value, durationMs, reducedMotion, active]);

  const current = reducedMotion ? value : shown;
  const rounded = countUpShown(value, current);
  return (
    <span
      data-testid={testId ?? (name ? `stat-${name}` : undefined)}
      data-value={value}
      // The narrator reads the final figure, not the one mid-count.
      data-speak={format(countUpShown(value, value))}
      className={`tabular-nums ${className ?? ''}`}
    >
      {format(rounded)}
    </span>
  );
}
