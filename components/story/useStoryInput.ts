'use client';
/**
 * Keyboard and pointer input for the story: ←/→ and taps on the left/right third of the
 * card move between slides, Space or press-and-hold pauses, Escape leaves.
 */
import { useEffect, useRef, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import type { StoryPlayer } from './useStoryPlayer';

const HOLD_MS = 220;
const INTERACTIVE = 'a, button, input, select, textarea, [role="button"], [data-no-tap], dialog';

export function useStoryKeys(player: StoryPlayer, onExit: () => void): void {
  const latest = useRef({ player, onExit });
  latest.current = { player, onExit };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { player, onExit } = latest.current;
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      // A dialog over the story (the share sheet) owns the keyboard, Escape included.
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      const onControl = event.target instanceof Element && event.target.closest(INTERACTIVE);
      if (event.key === 'ArrowRight') {
        event.preventDefault();
        player.next();
      } else if (event.key === 'ArrowLeft') {
        event.preventDefault();
        player.prev();
      } else if (event.key === ' ' && !onControl) {
        // On a focused button Space presses that button instead.
        event.preventDefault();
        player.togglePause();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        onExit();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** Pointer handlers for the stage; thirds are measured on the card, so desktop margins count as outside it. */
export function useStoryPointer(player: StoryPlayer, card: RefObject<HTMLElement | null>) {
  const hold = useRef<{ timer: ReturnType<typeof setTimeout>; held: boolean } | null>(null);

  const clear = () => {
    if (hold.current) clearTimeout(hold.current.timer);
    hold.current = null;
  };

  return {
    onPointerDown(event: ReactPointerEvent) {
      if (event.button !== 0 || (event.target instanceof Element && event.target.closest(INTERACTIVE))) return;
      clear();
      event.currentTarget.setPointerCapture(event.pointerId);
      const state = {
        held: false,
        timer: setTimeout(() => {
          state.held = true;
          player.setHolding(true);
        }, HOLD_MS),
      };
      hold.current = state;
    },
    onPointerUp(event: ReactPointerEvent) {
      const state = hold.current;
      clear();
      if (!state) return;
      if (state.held) {
        player.setHolding(false);
        return;
      }
      const rect = card.current?.getBoundingClientRect();
      if (!rect) return;
      const third = rect.width / 3;
      if (event.clientX < rect.left + third) player.prev();
      else if (event.clientX > rect.right - third) player.next();
    },
    onPointerCancel() {
      if (hold.current?.held) player.setHolding(false);
      clear();
    },
  };
}
