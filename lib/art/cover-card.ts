/**
 * The share card of a cover, laid out as data: the persona as the headline, the top topics
 * (or, before the ML layer, the headline numbers) as rows. Drawn by the art worker over the
 * cover art, at story and link-preview size.
 */
import type { WrappedFacts } from '../gen/facts';
import type { ShareCardContent } from '../share/card-content';
import { formatNumber, formatPercent } from '../view/format';
import type { CoverParams } from './params';

export function coverCardContent(facts: WrappedFacts, params: CoverParams): ShareCardContent {
  const topics = facts.ml?.topics ?? [];
  const rows =
    topics.length > 0
      ? topics.map((topic) => ({ label: topic.label, value: formatPercent(topic.share), share: topic.share }))
      : [
          { label: 'Conversations', value: formatNumber(facts.conversations) },
          { label: 'Prompts', value: formatNumber(facts.userMessages) },
          { label: 'Active days', value: formatNumber(facts.activeDays) },
        ];
  return {
    id: `cover-${params.style}`,
    style: params.style,
    palette: params.palette,
    eyebrow: facts.year === null ? 'My time with AI' : `My ${facts.year} with AI`,
    headline: params.title,
    caption: facts.persona.reason,
    rows,
    footer: params.subtitle,
  };
}
