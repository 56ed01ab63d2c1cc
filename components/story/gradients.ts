/** One bold background per slide. Full class strings, so Tailwind sees them. */
import type { SlideId } from '@/lib/view/story-slides';

export const SLIDE_GRADIENTS: Record<SlideId, string> = {
  intro: 'bg-linear-to-br from-violet-600 via-fuchsia-600 to-amber-500',
  messages: 'bg-linear-to-br from-fuchsia-600 via-rose-500 to-amber-500',
  days: 'bg-linear-to-br from-emerald-500 via-teal-600 to-cyan-800',
  clock: 'bg-linear-to-br from-indigo-700 via-violet-700 to-fuchsia-600',
  night: 'bg-linear-to-b from-slate-950 via-indigo-950 to-violet-800',
  timeline: 'bg-linear-to-br from-cyan-500 via-sky-600 to-indigo-800',
  models: 'bg-linear-to-br from-amber-500 via-orange-600 to-rose-700',
  content: 'bg-linear-to-br from-emerald-600 via-teal-700 to-cyan-900',
  longest: 'bg-linear-to-br from-rose-600 via-fuchsia-700 to-violet-900',
  words: 'bg-linear-to-br from-sky-600 via-cyan-600 to-emerald-600',
  topics: 'bg-linear-to-br from-violet-600 via-indigo-700 to-cyan-700',
  feelings: 'bg-linear-to-br from-rose-500 via-fuchsia-600 to-indigo-800',
  sunniest: 'bg-linear-to-br from-amber-400 via-orange-500 to-rose-600',
  asking: 'bg-linear-to-br from-teal-500 via-cyan-700 to-violet-800',
  custom: 'bg-linear-to-br from-emerald-500 via-cyan-600 to-violet-700',
  insights: 'bg-linear-to-br from-sky-500 via-violet-600 to-fuchsia-700',
  persona: 'bg-linear-to-br from-fuchsia-600 via-violet-700 to-indigo-950',
  achievements: 'bg-linear-to-br from-amber-500 via-orange-600 to-fuchsia-800',
  cover: 'bg-linear-to-b from-zinc-900 via-zinc-950 to-black',
  summary: 'bg-linear-to-br from-violet-700 via-fuchsia-700 to-amber-500',
};
