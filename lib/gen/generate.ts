/**
 * The text generator's one interface, whichever engine writes: the offline templates, or a model
 * (hub or server) whose raw answer is parsed and grounded, falling back to the templates text by
 * text. Template output is checked too, so nothing reaches the UI unchecked.
 */
import type { WrappedFacts } from './facts';
import { checkAgainst } from './grounding';
import { derivable } from './grounding/derivable';
import { groundLlmTexts, type GroundedTexts } from './llm/ground';
import { parseLlmTexts } from './llm/parse';
import { generateTemplateTexts, type TemplateOptions } from './template/generate';
import type { GeneratedTexts, GroundingIssue } from './types';

export { generateTemplateTexts as generateTexts } from './template/generate';
export { parseLlmTexts, type LlmTexts } from './llm/parse';
export { groundLlmTexts, type GroundedTexts } from './llm/ground';
export { checkGrounding } from './grounding';

/**
 * Template texts with every text checked. A template text that fails is a bug (the tests fail on
 * it); here it is reported in `rejected` and replaced by words taken verbatim from the facts, and
 * a failing insight is dropped.
 */
export function checkedTemplateTexts(facts: WrappedFacts, options: TemplateOptions): GroundedTexts {
  const texts = generateTemplateTexts(facts, options);
  const known = derivable(facts);
  const rejected: GroundingIssue[] = [];
  const grounded = (text: string) => {
    const issues = checkAgainst(text, known);
    rejected.push(...issues);
    return issues.length === 0;
  };
  const checked: GeneratedTexts = {
    ...texts,
    tagline: grounded(texts.tagline) ? texts.tagline : `${facts.persona.emoji} ${facts.persona.name}`,
    persona: grounded(texts.persona) ? texts.persona : `You are ${facts.persona.name}: ${facts.persona.reason}.`,
    insights: texts.insights.filter((insight) => grounded(insight.text)),
    achievements: Object.fromEntries(
      facts.achievements.map((achievement) => {
        const blurb = texts.achievements[achievement.id]!;
        return [achievement.id, grounded(blurb) ? blurb : achievement.description];
      }),
    ),
  };
  return { texts: checked, rejected };
}

/** A model's raw answer → grounded texts; unparseable output means the template texts, with a reason. */
export function textsFromModelOutput(raw: string, facts: WrappedFacts, options: TemplateOptions, engine: 'hub' | 'server'): GroundedTexts & { fallbackReason?: string } {
  const template = checkedTemplateTexts(facts, options);
  const candidate = parseLlmTexts(raw);
  if (!candidate) return { ...template, fallbackReason: 'The model did not answer with usable JSON; showing the built-in texts.' };
  const grounded = groundLlmTexts(candidate, template.texts, facts, engine);
  return { texts: grounded.texts, rejected: [...template.rejected, ...grounded.rejected] };
}
