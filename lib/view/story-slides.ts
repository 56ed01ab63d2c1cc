/** Which slides the story shows for a period, in order. Content lives in components/story. */
import type { WrappedView } from './wrapped-view';

export type SlideId =
  | 'intro'
  | 'messages'
  | 'days'
  | 'clock'
  | 'night'
  | 'timeline'
  | 'models'
  | 'content'
  | 'images'
  | 'creations'
  | 'voice'
  | 'longest'
  | 'words'
  | 'topics'
  | 'feelings'
  | 'sunniest'
  | 'asking'
  | 'custom'
  | 'insights'
  | 'persona'
  | 'achievements'
  | 'cover'
  | 'summary';

export interface SlideSpec {
  id: SlideId;
  /** Short title for the slide's aria-label and the live announcement. */
  title: string;
}

const TITLES: Record<SlideId, string> = {
  intro: 'Your year with AI',
  messages: 'Messages',
  days: 'Active days',
  clock: 'When you chat',
  night: 'Night owl',
  timeline: 'Month by month',
  models: 'Models',
  content: 'What you shared',
  images: 'Show and tell',
  creations: 'Made for you',
  voice: 'Out loud',
  longest: 'Long talks, short prompts',
  words: 'Your words',
  topics: 'Your top topics',
  feelings: 'Your year in feelings',
  sunniest: 'Your sunniest month',
  asking: 'How you ask',
  custom: 'Your own categories',
  insights: 'What stood out',
  persona: 'Your AI persona',
  achievements: 'Achievements',
  cover: 'Your cover',
  summary: 'Summary',
};

/**
 * Slides with nothing to show are left out; the rest always appear (at least 10). The ML slides
 * (topics … asking) always appear: they show the on-device analysis' progress until it is done.
 * The generated words (insights) and the cover art come last, before the summary.
 */
export function storySlides(view: Pick<WrappedView, 'stats' | 'label' | 'claims'>, { customCategories = false } = {}): SlideSpec[] {
  const { stats, label, claims } = view;
  const ids: SlideId[] = ['intro', 'messages', 'days', 'clock', 'night', 'timeline'];
  if (stats.models.length > 0) ids.push('models');
  ids.push('content');
  // What the user showed, what was made for them, what they said out loud: only when there was some.
  if (stats.contentKinds.images > 0) ids.push('images');
  if (stats.contentKinds.generatedImages > 0) ids.push('creations');
  if (stats.contentKinds.voice > 0) ids.push('voice');
  // Without a conversation worth calling the longest, the slide is about prompts alone.
  if (stats.userMessages > 0) ids.push('longest');
  if (stats.distinctiveWords.length > 0) ids.push('words');
  ids.push('topics', 'feelings', 'sunniest', 'asking');
  // Only once the user has trained their own categories on /train.
  if (customCategories) ids.push('custom');
  ids.push('insights', 'persona', 'achievements', 'cover', 'summary');
  return ids.map((id) => ({ id, title: id === 'intro' ? introTitle(label) : id === 'longest' && !claims.longestConversation ? 'How you prompt' : TITLES[id] }));
}

/** "Your 2026 with AI", "Your last 12 months with AI", "Your AI, all time". */
export function introTitle(label: string): string {
  if (/^\d{4}$/.test(label)) return `Your ${label} with AI`;
  return label === 'All time' ? 'Your AI, all time' : `Your ${label.toLowerCase()} with AI`;
}

/** "3 of 12: Messages" */
export function slideLabel(index: number, count: number, slide: SlideSpec): string {
  return `${index + 1} of ${count}: ${slide.title}`;
}
