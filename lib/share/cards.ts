/**
 * The share cards of a payload: a summary card first, then one card per shared group. Built
 * from the payload alone, so a card can only show what the user reviewed and the scrub passed.
 */
import { visibleShare } from '../gen/evidence';
import { modelName } from '../gen/words';
import { emotionName } from '../view/display-names';
import { formatNumber, formatPercent } from '../view/format';
import { nounFor } from '../view/language';
import type { ShareCardContent } from './card-content';
import type { SharePayload } from './payload';

/** The story layout shows five rows, the preview four; more would be cut anyway. */
const MAX_ROWS = 5;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Plural stat labels of payloads built before labels followed their count, by their singular. */
const SINGULAR_LABELS: Record<string, string> = {
  'messages sent': 'message sent',
  conversations: 'conversation',
  'active days': 'active day',
  'words typed': 'word typed',
};

/**
 * A stat as every renderer shows it (cards, the shared page): the label in the number its value
 * needs ("1 message sent", also for older payloads that said "messages sent"), and a model by
 * its name, never its slug ("text-davinci-002-render-sha" → "GPT-3.5").
 */
export function displayStat({ label, value }: { label: string; value: string }): { label: string; value: string } {
  const singular = SINGULAR_LABELS[label.toLowerCase()];
  const shownLabel = singular && value.trim() === '1' ? singular : label;
  return { label: shownLabel, value: label.toLowerCase() === 'favourite model' ? modelName(value) : value };
}

/** An emotion of the payload as the story names it: "surprise" → "Surprise & curiosity", "neutral" → "Calm". */
export const displayEmotion = (label: Parameters<typeof emotionName>[0]) => emotionName(label);

/** "31%", "9,310", "19": the first figure of an insight makes its headline. */
function leadingFigure(text: string): string | null {
  return text.match(/\d[\d,.]*\d%?|\d%?/)?.[0] ?? null;
}

function summaryCard(payload: SharePayload, base: Pick<ShareCardContent, 'style' | 'palette' | 'eyebrow'>): ShareCardContent {
  const { persona, stats, topics, tagline } = payload;
  const lead = stats?.[0];
  const rows = stats?.length
    ? stats.map(displayStat).map(({ label, value }) => ({ label: capitalise(label), value }))
    : (topics ?? []).map(({ label, share }) => ({ label, value: formatPercent(share), share }));
  return {
    ...base,
    id: 'summary',
    headline: persona?.name ?? (lead ? displayStat(lead).value : payload.period),
    ...(persona ? { caption: 'My AI persona' } : lead ? { caption: displayStat(lead).label } : {}),
    rows: rows.slice(0, MAX_ROWS),
    ...(tagline && { footer: tagline }),
  };
}

export function shareCards(payload: SharePayload): ShareCardContent[] {
  const base = { style: payload.style, palette: payload.palette, eyebrow: payload.title };
  const cards: ShareCardContent[] = [summaryCard(payload, base)];
  const { stats, topics, emotions, persona, insights, achievements } = payload;

  if (stats && stats.length > 1) {
    const [lead, ...rest] = stats.map(displayStat);
    cards.push({ ...base, id: 'numbers', headline: lead!.value, caption: lead!.label, rows: rest.slice(0, MAX_ROWS).map(({ label, value }) => ({ label: capitalise(label), value })) });
  }
  if (topics?.length) {
    const [top] = topics;
    cards.push({
      ...base,
      id: 'topics',
      headline: top!.label,
      caption: `My top topic: ${formatPercent(top!.share)} of my conversations`,
      rows: topics.slice(0, MAX_ROWS).map(({ label, share }) => ({ label, value: formatPercent(share), share })),
    });
  }
  // A feeling that would print as "0%" is not shown (older payloads may carry one).
  const feelings = emotions?.filter((entry) => visibleShare(entry.share));
  if (feelings?.length) {
    // The payload lists feelings first and neutral last; the strongest feeling leads.
    const top = [...feelings].sort((a, b) => Number(a.label === 'neutral') - Number(b.label === 'neutral') || b.share - a.share)[0]!;
    cards.push({
      ...base,
      id: 'feelings',
      headline: displayEmotion(top.label),
      caption: 'The feeling that came through most in my prompts',
      rows: feelings.slice(0, MAX_ROWS).map(({ label, share }) => ({ label: displayEmotion(label), value: formatPercent(share), share })),
    });
  }
  if (persona?.description) {
    cards.push({ ...base, id: 'persona', headline: persona.name, caption: persona.description, rows: [] });
  }
  insights?.forEach((insight, index) => {
    cards.push({ ...base, id: `insight-${index + 1}`, headline: leadingFigure(insight) ?? `#${index + 1}`, caption: insight, rows: [] });
  });
  if (achievements?.length) {
    cards.push({
      ...base,
      id: 'achievements',
      headline: formatNumber(achievements.length),
      caption: `${nounFor(achievements.length, 'achievement')} unlocked`,
      rows: achievements.slice(0, MAX_ROWS).map(({ title }) => ({ label: title })),
    });
  }
  return cards;
}
