/**
 * One bold background per slide, and the scrim over all of them. Full class strings, so
 * Tailwind sees them; tests/unit/a11y/contrast.test.ts reads both and holds every text colour
 * of the story to WCAG AA over every stop.
 */
import type { SlideId } from '@/lib/view/story-slides';

export const SLIDE_GRADIENTS: Record<SlideId, string> = {
  intro: 'bg-linear-to-br from-violet-600 via-fuchsia-600 to-orange-700',
  messages: 'bg-linear-to-br from-fuchsia-600 via-rose-600 to-orange-700',
  days: 'bg-linear-to-br from-emerald-700 via-teal-700 to-cyan-800',
  clock: 'bg-linear-to-br from-indigo-700 via-violet-700 to-fuchsia-600',
  night: 'bg-linear-to-b from-slate-950 via-indigo-950 to-violet-800',
  timeline: 'bg-linear-to-br from-cyan-700 via-sky-700 to-indigo-800',
  models: 'bg-linear-to-br from-amber-700 via-orange-700 to-rose-700',
  content: 'bg-linear-to-br from-emerald-700 via-teal-700 to-cyan-900',
  longest: 'bg-linear-to-br from-rose-600 via-fuchsia-700 to-violet-900',
  words: 'bg-linear-to-br from-sky-700 via-cyan-700 to-emerald-700',
  topics: 'bg-linear-to-br from-violet-600 via-indigo-700 to-cyan-700',
  feelings: 'bg-linear-to-br from-rose-600 via-fuchsia-600 to-indigo-800',
  sunniest: 'bg-linear-to-br from-amber-700 via-orange-700 to-rose-700',
  asking: 'bg-linear-to-br from-teal-700 via-cyan-700 to-violet-800',
  custom: 'bg-linear-to-br from-emerald-700 via-cyan-700 to-violet-700',
  images: 'bg-linear-to-br from-rose-700 via-orange-700 to-amber-700',
  creations: 'bg-linear-to-br from-indigo-800 via-violet-700 to-pink-700',
  voice: 'bg-linear-to-br from-cyan-800 via-teal-700 to-emerald-700',
  insights: 'bg-linear-to-br from-sky-700 via-violet-600 to-fuchsia-700',
  persona: 'bg-linear-to-br from-fuchsia-600 via-violet-700 to-indigo-950',
  achievements: 'bg-linear-to-br from-amber-700 via-orange-700 to-fuchsia-800',
  cover: 'bg-linear-to-b from-zinc-900 via-zinc-950 to-black',
  summary: 'bg-linear-to-br from-violet-700 via-fuchsia-700 to-orange-700',
};

/** Darker at the top and bottom, where the controls and footers sit. */
export const SLIDE_SCRIM = 'bg-linear-to-b from-black/40 via-black/20 to-black/35';
