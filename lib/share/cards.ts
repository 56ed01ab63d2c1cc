/**
 * The share cards of a payload: a summary card first, then one card per shared group. Built
 * from the payload alone, so a card can only show what the user reviewed and the scrub passed.
 */
import { formatNumber, formatPercent } from '../view/format';
import type { ShareCardContent } from './card-content';
import type { SharePayload } from './payload';

/** The story layout shows five rows, the preview four; more would be cut anyway. */
const MAX_ROWS = 5;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "31%", "9,310", "19": the first figure of an insight makes its headline. */
function leadingFigure(text: string): string | null {
  return text.match(/\d[\d,.]*\d%?|\d%?/)?.[0] ?? null;
}

function summaryCard(payload: SharePayload, base: Pick<ShareCardContent, 'style' | 'palette' | 'eyebrow'>): ShareCardContent {
  const { persona, stats, topics, tagline } = payload;
  const lead = stats?.[0];
  const rows = stats?.length
    ? stats.map(({ label, value }) => ({ label: capitalise(label), value }))
    : (topics ?? []).map(({ label, share }) => ({ label, value: formatPercent(share), share }));
  return {
    ...base,
    id: 'summary',
    headline: persona?.name ?? lead?.value ?? payload.period,
    ...(persona ? { caption: 'My AI persona' } : lead ? { caption: lead.label } : {}),
    rows: rows.slice(0, MAX_ROWS),
    ...(tagline && { footer: tagline }),
  };
}

export function shareCards(payload: SharePayload): ShareCardContent[] {
  const base = { style: payload.style, palette: payload.palette, eyebrow: payload.title };
  const cards: ShareCardContent[] = [summaryCard(payload, base)];
  const { stats, topics, emotions, persona, insights, achievements } = payload;

  if (stats && stats.length > 1) {
    const [lead, ...rest] = stats;
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
  if (emotions?.length) {
    // The payload lists feelings first and neutral last; the strongest feeling leads.
    const top = [...emotions].sort((a, b) => Number(a.label === 'neutral') - Number(b.label === 'neutral') || b.share - a.share)[0]!;
    cards.push({
      ...base,
      id: 'feelings',
      headline: capitalise(top.label),
      caption: 'The feeling that came through most in my prompts',
      rows: emotions.slice(0, MAX_ROWS).map(({ label, share }) => ({ label: capitalise(label), value: formatPercent(share), share })),
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
      caption: achievements.length === 1 ? 'achievement unlocked' : 'achievements unlocked',
      rows: achievements.slice(0, MAX_ROWS).map(({ title }) => ({ label: title })),
    });
  }
  return cards;
}
