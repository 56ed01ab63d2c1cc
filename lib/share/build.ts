/**
 * From a Wrapped to what a share carries. `shareItems` lists every piece the user can tick in
 * the review sheet; `buildSharePayload` keeps the ticked ones, runs them through the PII scrub
 * and validates the result, so a payload that leaves this module is the reviewed summary only.
 */
import { coverPalette } from '../art/palette';
import type { CoverStyle } from '../art/types';
import type { WrappedFacts } from '../gen/facts';
import type { GeneratedTexts } from '../gen/types';
import { MIN_EVIDENCE, visibleShare } from '../gen/evidence';
import { topModelName } from '../gen/words';
import { HEAD_LABELS } from '../ml/heads/labels';
import { emotionName } from '../view/display-names';
import { formatDay, formatHour, formatNumber, formatPercent } from '../view/format';
import { countAdjective, nounFor } from '../view/language';
import { SHARE_PAYLOAD_VERSION, sharePayloadSchema, type SharePayload } from './payload';
import { scrubPayload, scrubText, type ScrubbedPayload } from './scrub';

export const SHARE_GROUPS = ['words', 'numbers', 'topics', 'feelings', 'persona', 'achievements'] as const;
export type ShareGroup = (typeof SHARE_GROUPS)[number];

export const SHARE_GROUP_LABELS: Record<ShareGroup, string> = {
  words: 'Tagline and insights',
  numbers: 'Numbers',
  topics: 'Topics',
  feelings: 'Feelings',
  persona: 'Persona',
  achievements: 'Achievements',
};

export interface ShareItem {
  /** Stable within one Wrapped, e.g. 'tagline', 'stat:messages', 'topic:0', 'achievement:night-owl'. */
  id: string;
  group: ShareGroup;
  /** What the toggle is called in the review sheet (scrubbed, like everything shown there). */
  label: string;
  /** What will be shared if it stays ticked, after the scrub. */
  preview: string;
  defaultOn: boolean;
}

const MAX_INSIGHTS = 5;
const MAX_ACHIEVEMENTS = 20;

interface StatItem {
  id: string;
  /** The toggle's name in the review sheet. */
  title: string;
  /** The stat as shared, its label in the number its value needs ("1 message sent"), or null when the facts don't back it. */
  stat: (facts: WrappedFacts) => { value: string; label: string } | null;
  /** The sheet's one-line preview of it. */
  preview: (stat: { value: string; label: string }, facts: WrappedFacts) => string;
  defaultOn: boolean;
}

/** A count and its label: "1" "message sent", "2,784" "conversations". */
const counted = (count: number, noun: string, after = '') => ({ value: formatNumber(count), label: `${nounFor(count, noun)}${after}` });
const valueThenLabel = ({ value, label }: { value: string; label: string }) => `${value} ${label}`;
const labelThenValue = ({ value, label }: { value: string; label: string }) => `${capitalise(label)}: ${value}`;

/** At most 8 (the schema's cap); a busiest date and word counts are off unless ticked. */
const STATS: StatItem[] = [
  { id: 'messages', title: 'Messages sent', stat: (f) => counted(f.userMessages, 'message', ' sent'), preview: valueThenLabel, defaultOn: true },
  { id: 'conversations', title: 'Conversations', stat: (f) => counted(f.conversations, 'conversation'), preview: valueThenLabel, defaultOn: true },
  { id: 'active-days', title: 'Active days', stat: (f) => counted(f.activeDays, 'active day'), preview: valueThenLabel, defaultOn: true },
  {
    id: 'streak',
    title: 'Day streak',
    // A streak is two days in a row or more (lib/gen/evidence.ts).
    stat: (f) => (f.longestStreak.days >= MIN_EVIDENCE.streakDays ? { value: formatNumber(f.longestStreak.days), label: 'day streak' } : null),
    preview: (_, f) => `${capitalise(countAdjective(f.longestStreak.days, 'day'))} streak`,
    defaultOn: true,
  },
  {
    id: 'peak-hour',
    title: 'Favourite hour',
    // A favourite hour of a handful of prompts is an accident of timing.
    stat: (f) => (f.peakHour === null || f.userMessages < MIN_EVIDENCE.patternPrompts ? null : { value: formatHour(f.peakHour), label: 'favourite hour' }),
    preview: labelThenValue,
    defaultOn: true,
  },
  {
    id: 'top-model',
    title: 'Favourite model',
    stat: (f) => {
      const name = topModelName(f);
      return name ? { value: name, label: 'favourite model' } : null;
    },
    preview: labelThenValue,
    defaultOn: true,
  },
  { id: 'words', title: 'Words typed', stat: (f) => counted(f.userWords, 'word', ' typed'), preview: valueThenLabel, defaultOn: false },
  {
    id: 'busiest-day',
    title: 'Busiest day',
    stat: (f) => (f.busiestDay && f.activeDays >= MIN_EVIDENCE.busiestDayActiveDays ? { value: formatDay(f.busiestDay.date, 'short'), label: 'busiest day' } : null),
    preview: labelThenValue,
    defaultOn: false,
  },
];

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Three decimals are plenty for a bar and keep the link short. */
const roundShare = (share: number) => Math.round(share * 1000) / 1000;

const rankedInsights = (texts: GeneratedTexts | null) => [...(texts?.insights ?? [])].sort((a, b) => b.score - a.score).slice(0, MAX_INSIGHTS);

/** Non-neutral feelings first, then neutral; shares that would print as "0%" left out. */
function emotionMix(facts: WrappedFacts): { label: (typeof HEAD_LABELS.emotion)[number]; share: number }[] {
  const emotions = facts.ml?.emotions;
  if (!emotions) return [];
  return HEAD_LABELS.emotion
    .map((label) => ({ label, share: roundShare(emotions[label] ?? 0) }))
    .filter((entry) => visibleShare(entry.share))
    .sort((a, b) => Number(a.label === 'neutral') - Number(b.label === 'neutral') || b.share - a.share);
}

const achievementBlurb = (facts: WrappedFacts, texts: GeneratedTexts | null, id: string) =>
  texts?.achievements[id] ?? facts.achievements.find((achievement) => achievement.id === id)?.description ?? '';

export function shareItems(facts: WrappedFacts, texts: GeneratedTexts | null): ShareItem[] {
  const items: ShareItem[] = [];
  const add = (item: ShareItem) => items.push({ ...item, label: scrubText(item.label).text, preview: scrubText(item.preview).text });
  if (texts?.tagline) add({ id: 'tagline', group: 'words', label: 'Tagline', preview: texts.tagline, defaultOn: true });
  rankedInsights(texts).forEach((insight, index) =>
    add({ id: `insight:${insight.id}`, group: 'words', label: `Insight ${index + 1}`, preview: insight.text, defaultOn: true }),
  );
  for (const item of STATS) {
    const stat = item.stat(facts);
    if (stat) add({ id: `stat:${item.id}`, group: 'numbers', label: item.title, preview: item.preview(stat, facts), defaultOn: item.defaultOn });
  }
  facts.ml?.topics.forEach((topic, index) => {
    // A topic that would print as "0% of conversations" is not worth sharing.
    if (visibleShare(topic.share)) add({ id: `topic:${index}`, group: 'topics', label: topic.label, preview: `${formatPercent(topic.share)} of conversations`, defaultOn: true });
  });
  const emotions = emotionMix(facts);
  if (emotions.length > 0) {
    // Named as the story names them ("Surprise & curiosity", "Calm"); the payload keeps the labels.
    const preview = emotions.slice(0, 3).map((entry) => `${emotionName(entry.label)} ${formatPercent(entry.share)}`).join(' · ');
    add({ id: 'emotions', group: 'feelings', label: 'Emotion mix', preview, defaultOn: true });
  }
  add({ id: 'persona', group: 'persona', label: 'Persona', preview: `${facts.persona.emoji} ${facts.persona.name}`, defaultOn: true });
  if (texts?.persona) add({ id: 'persona-description', group: 'persona', label: 'Persona description', preview: texts.persona, defaultOn: true });
  for (const achievement of facts.achievements.slice(0, MAX_ACHIEVEMENTS)) {
    add({ id: `achievement:${achievement.id}`, group: 'achievements', label: achievement.title, preview: achievementBlurb(facts, texts, achievement.id), defaultOn: true });
  }
  return items;
}

export function defaultSelection(items: readonly ShareItem[]): Set<string> {
  return new Set(items.filter((item) => item.defaultOn).map((item) => item.id));
}

export function shareTitle(facts: Pick<WrappedFacts, 'year'>): string {
  return facts.year === null ? 'My AI, all time' : `My ${facts.year} with AI`;
}

/** Cuts at a word boundary to the schema's length (a scrub token can lengthen a line). */
function fit(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The schema's caps on every line, applied after the scrub. */
function fitPayload(payload: SharePayload): SharePayload {
  const { persona, stats, topics, insights, achievements, tagline } = payload;
  return {
    ...payload,
    title: fit(payload.title, 80),
    period: fit(payload.period, 20),
    ...(tagline !== undefined && { tagline: fit(tagline, 160) }),
    ...(persona && {
      persona: { ...persona, name: fit(persona.name, 40), ...(persona.description !== undefined && { description: fit(persona.description, 400) }) },
    }),
    ...(stats && { stats: stats.map((stat) => ({ label: fit(stat.label, 40), value: fit(stat.value, 24) })) }),
    ...(topics && { topics: topics.map((topic) => ({ ...topic, label: fit(topic.label, 40) })) }),
    ...(insights && { insights: insights.map((insight) => fit(insight, 220)) }),
    ...(achievements && {
      achievements: achievements.map((a) => ({ title: fit(a.title, 60), ...(a.blurb !== undefined && { blurb: fit(a.blurb, 200) }) })),
    }),
  };
}

/** `{ [key]: list }` when the list has entries, `{}` otherwise: no empty or undefined fields. */
const listField = <K extends string, T>(key: K, list: T[]) => (list.length > 0 ? ({ [key]: list } as Record<K, T[]>) : {});

/** The payload of the ticked items, scrubbed and validated; `removed` says what the scrub took. */
export function buildSharePayload(facts: WrappedFacts, texts: GeneratedTexts | null, style: CoverStyle, selectedIds: Iterable<string>): ScrubbedPayload {
  const selected = new Set(selectedIds);
  const items = shareItems(facts, texts).filter((item) => selected.has(item.id));
  const has = (id: string) => items.some((item) => item.id === id);

  const draft: SharePayload = {
    v: SHARE_PAYLOAD_VERSION,
    title: shareTitle(facts),
    period: facts.periodLabel,
    style,
    palette: coverPalette(facts, style),
    ...(texts && has('tagline') && { tagline: texts.tagline }),
    ...(has('persona') && {
      persona: {
        name: facts.persona.name,
        emoji: facts.persona.emoji,
        ...(texts && has('persona-description') && { description: texts.persona }),
      },
    }),
    ...listField(
      'stats',
      STATS.filter((item) => has(`stat:${item.id}`)).flatMap((item) => {
        const stat = item.stat(facts);
        return stat ? [{ label: stat.label, value: stat.value }] : [];
      }),
    ),
    ...listField('topics', (facts.ml?.topics ?? []).filter((_, index) => has(`topic:${index}`)).map(({ label, share }) => ({ label, share: roundShare(share) }))),
    ...listField('emotions', has('emotions') ? emotionMix(facts) : []),
    ...listField('insights', rankedInsights(texts).filter((insight) => has(`insight:${insight.id}`)).map((insight) => insight.text)),
    ...listField(
      'achievements',
      facts.achievements
        .filter((achievement) => has(`achievement:${achievement.id}`))
        .map((achievement) => {
          const blurb = achievementBlurb(facts, texts, achievement.id);
          return { title: achievement.title, ...(blurb && { blurb }) };
        }),
    ),
  };
  const { payload, removed } = scrubPayload(draft);
  return { payload: sharePayloadSchema.parse(fitPayload(payload)), removed };
}
