'use client';
/**
 * What the story's live region says, so a screen reader follows it without moving focus: on each
 * new slide "Slide 3 of 20: Messages. You kept the conversation going." (its number, title and
 * on-screen headline), and "Story paused." / "Story playing." when the user toggles playback.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';

export function useStoryAnnouncement(label: string, userPaused: boolean, currentSlide: RefObject<HTMLElement | null>): string {
  const [text, setText] = useState('');
  const pausedBefore = useRef(userPaused);

  useEffect(() => {
    const headline = currentSlide.current?.querySelector('h2')?.textContent?.trim();
    setText(`Slide ${label}${headline ? `. ${headline}` : ''}`);
  }, [label, currentSlide]);

  useEffect(() => {
    if (pausedBefore.current === userPaused) return;
    pausedBefore.current = userPaused;
    setText(userPaused ? 'Story paused.' : 'Story playing.');
  }, [userPaused]);

  return text;
}
