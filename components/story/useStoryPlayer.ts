'use client';
/** Story navigation state: the current slide, user pause, press-and-hold pause, and the end. */
import { useCallback, useState } from 'react';

export interface StoryPlayer {
  index: number;
  /** Paused by the button or Space. */
  userPaused: boolean;
  /** Paused while a pointer is held down. */
  holding: boolean;
  paused: boolean;
  atEnd: boolean;
  next: () => void;
  prev: () => void;
  restart: () => void;
  /** Back to the first slide without touching pause (e.g. after a period switch). */
  rewind: () => void;
  togglePause: () => void;
  setHolding: (holding: boolean) => void;
}

export function useStoryPlayer(count: number, startPaused = false): StoryPlayer {
  const [index, setIndex] = useState(0);
  const [userPaused, setUserPaused] = useState(startPaused);
  const [holding, setHolding] = useState(false);
  const last = Math.max(0, count - 1);
  const current = Math.min(index, last);

  const next = useCallback(() => setIndex((i) => Math.min(i + 1, last)), [last]);
  const prev = useCallback(() => setIndex((i) => Math.max(i - 1, 0)), []);
  const restart = useCallback(() => {
    setIndex(0);
    setUserPaused(false);
  }, []);
  const rewind = useCallback(() => setIndex(0), []);
  const togglePause = useCallback(() => setUserPaused((paused) => !paused), []);

  return {
    index: current,
    userPaused,
    holding,
    paused: userPaused || holding,
    atEnd: current === last,
    next,
    prev,
    restart,
    rewind,
    togglePause,
    setHolding,
  };
}
