/**
 * What a typical user's year looks like, for the "surprise" half of an insight's score. Rough
 * figures for people who chat with an assistant regularly; they set how far from ordinary a
 * fact has to be to lead the list, not anything shown to the user.
 */

/** Share of prompts sent between 10 PM and 5 AM: about one in eight. */
export const NIGHT_OWL_SHARE = 0.12;
/** Two days in seven, if the week were flat. */
export const WEEKEND_SHARE = 2 / 7;
/** Days in a row: most people manage a working week, not more. */
export const STREAK_DAYS = 5;
/** How many times an average active day the busiest day holds. */
export const BUSIEST_DAY_RATIO = 4;
/** One month of twelve. */
export const PEAK_MONTH_SHARE = 1 / 12;
/** Share of messages with code in them. */
export const CODE_SHARE = 0.15;
/** Median words in a prompt. */
export const PROMPT_WORDS = 12;
/** Share of replies from the most used model: most people stay with the default. */
export const TOP_MODEL_SHARE = 0.7;
/** Distinct models a typical user meets in a year. */
export const MODEL_COUNT = 2;
/** Conversations in the biggest topic, relative to an even spread over all topics. */
export const TOP_TOPIC_CONCENTRATION = 1.5;
/** Normalised topic entropy (0 = one topic, 1 = evenly spread). */
export const TOPIC_ENTROPY = 0.7;
/** Share of prompts with the top non-neutral emotion. */
export const TOP_EMOTION_SHARE = 0.08;
/** Share of prompts with please or thanks in them. */
export const POLITE_SHARE = 0.1;
/** Six intents: an even mix gives each a sixth. */
export const TOP_INTENT_SHARE = 1 / 6;
/** Messages in a long conversation. */
export const LONGEST_CONVERSATION = 20;
/** Images and voice messages: most users send none, so a handful already stands out. */
export const MEDIA_COUNT = 5;
