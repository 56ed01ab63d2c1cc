'use client';
/**
 * The segmented bar at the top, and the story's clock: it fills the current segment over
 * `durationMs` (only while not paused) and calls `onComplete` when it is full.
 */
import { useEffect, useRef } from 'react';

interface StoryProgressProps {
  count: number;
  index: number;
  paused: boolean;
  durationMs: number;
  onComplete: () => void;
}

export function StoryProgress({ count, index, paused, durationMs, onComplete }: StoryProgressProps) {
  const fill = useRef<HTMLDivElement>(null);
  const elapsed = useRef(0);
  const completeRef = useRef(onComplete);
  completeRef.current = onComplete;

  // A new slide starts its segment from zero.
  useEffect(() => {
    elapsed.current = 0;
    if (fill.current) fill.current.style.width = '0%';
  }, [index]);

  useEffect(() => {
    if (paused || elapsed.current >= durationMs) return;
    let frame = 0;
    let last = performance.now();
    const tick = (now: number) => {
      elapsed.current = Math.min(durationMs, elapsed.current + (now - last));
      last = now;
      if (fill.current) fill.current.style.width = `${(elapsed.current / durationMs) * 100}%`;
      if (elapsed.current >= durationMs) completeRef.current();
      else frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [index, paused, durationMs]);

  return (
    <div className="flex gap-1" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="h-1 flex-1 overflow-hidden rounded-full bg-white/30">
          {i < index ? <div className="h-full w-full bg-white" /> : null}
          {i === index ? <div ref={fill} className="h-full bg-white" style={{ width: '0%' }} /> : null}
        </div>
      ))}
    </div>
  );
}
