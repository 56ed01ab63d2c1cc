/**
 * Date and name wording shared by the template engine and the share cards. Counts, plurals,
 * ordinals and articles come from the one language layer (lib/view/language.ts), model and
 * emotion names from the one naming layer (lib/view/display-names.ts).
 */
import { isRecordedModel, modelDisplayName, UNRECORDED_MODEL_NAME } from '../view/display-names';
import { formatMonth } from '../view/format';
import { ordinal } from '../view/language';
import type { WrappedFacts } from './facts';

/** "2026-03-16" → "March 16th". */
export function monthDayOrdinal(day: string): string {
  const month = formatMonth(day.slice(0, 7)).split(' ')[0]!;
  return `${month} ${ordinal(Number(day.slice(8, 10)))}`;
}

/**
 * A model as people name it, whether the facts or an older payload carry a display name
 * ("GPT-4o", "o3-mini (high)", passed through) or a raw slug ("text-davinci-002-render-sha" →
 * "GPT-3.5", "gpt-4-5" → "GPT-4.5", "unknown" → "an unrecorded model"). Slugs are lower-case
 * without spaces; a display name has a capital or a space, except the o-series, whose slug is
 * its name.
 */
export function modelName(nameOrSlug: string): string {
  const text = nameOrSlug.trim();
  return /[A-Z\s]/.test(text) ? text : modelDisplayName(text);
}

/** The top model's name for a sentence, or null when the export recorded none. */
export function topModelName(facts: Pick<WrappedFacts, 'topModel'>): string | null {
  const raw = facts.topModel?.name;
  if (!raw || !isRecordedModel(raw)) return null;
  const name = modelName(raw);
  return name === UNRECORDED_MODEL_NAME ? null : name;
}
