/**
 * Puts a model's texts through the grounding checker: each text that states something the facts
 * don't back is replaced by the template's text for the same field (insight by rank, achievement
 * by id). `engine` names the model only when at least one of its texts is shown.
 */
import type { WrappedFacts } from '../facts';
import { checkAgainst } from '../grounding';
import { derivable } from '../grounding/derivable';
import { MAX_INSIGHTS, MIN_INSIGHTS } from '../insights/candidates';
import type { GeneratedInsight, GeneratedTexts, GroundingIssue } from '../types';
import type { LlmTexts } from './parse';

export interface GroundedTexts {
  texts: GeneratedTexts;
  rejected: GroundingIssue[];
}

export function groundLlmTexts(candidate: LlmTexts, templateTexts: GeneratedTexts, facts: WrappedFacts, engine: 'hub' | 'server' = 'server'): GroundedTexts {
  const known = derivable(facts);
  const rejected: GroundingIssue[] = [];
  let fromModel = 0;
  /** The model's text when it is there and grounded, else the template's. */
  const pick = (text: string | undefined, fallback: string): string => {
    if (text === undefined) return fallback;
    const issues = checkAgainst(text, known);
    if (issues.length > 0) {
      rejected.push(...issues);
      return fallback;
    }
    fromModel++;
    return text;
  };

  const tagline = pick(candidate.tagline, templateTexts.tagline);
  const persona = pick(candidate.persona, templateTexts.persona);
  const modelInsights = candidate.insights ?? [];
  // As many as the model wrote (3–6, topped up from the templates), or the templates' own list.
  const count = modelInsights.length > 0 ? Math.min(MAX_INSIGHTS, Math.max(modelInsights.length, MIN_INSIGHTS)) : templateTexts.insights.length;
  const insights: GeneratedInsight[] = [];
  for (let rank = 0; rank < count; rank++) {
    const template = templateTexts.insights[rank];
    const text = modelInsights[rank];
    if (text !== undefined) {
      const chosen = pick(text, template?.text ?? '');
      // The model's insights carry no fact id; they keep the rank's score so the list stays ordered.
      if (chosen === text) insights.push({ id: `${engine}-${rank + 1}`, text, score: template?.score ?? 0 });
      else if (template) insights.push(template);
    } else if (template) insights.push(template);
  }

  const achievements = Object.fromEntries(Object.entries(templateTexts.achievements).map(([id, blurb]) => [id, pick(candidate.achievements?.[id], blurb)]));
  return {
    texts: { ...templateTexts, engine: fromModel > 0 ? engine : 'template', tagline, insights, persona, achievements },
    rejected,
  };
}
