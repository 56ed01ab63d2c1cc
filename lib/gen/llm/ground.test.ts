import { beforeAll, describe, expect, it } from 'vitest';
import type { WrappedFacts } from '../facts';
import { checkedTemplateTexts, textsFromModelOutput } from '../generate';
import { demoFacts } from '../demo-facts';
import { groundLlmTexts } from './ground';

let facts: WrappedFacts;
beforeAll(async () => {
  facts = await demoFacts({ conversations: 150, seed: 2026 });
}, 120_000);

describe('groundLlmTexts', () => {
  it('keeps grounded model texts and replaces each ungrounded one by the template text', () => {
    const template = checkedTemplateTexts(facts, { style: 'casual', seed: 3 }).texts;
    const [firstAchievement, secondAchievement] = facts.achievements;
    const topic = facts.ml!.topics[0]!.label;
    const { texts, rejected } = groundLlmTexts(
      {
        tagline: `${facts.conversations} chats, one you.`,
        persona: `You are ${facts.persona.name}. You sent ${facts.userMessages + 7} prompts.`,
        insights: [`"${topic}" led the way.`, 'You loved "medieval cooking".', `${facts.activeDays} active days.`],
        achievements: { [firstAchievement!.id]: `${firstAchievement!.title}, nice.`, [secondAchievement!.id]: 'Sent 9,999 prompts.', invented: 'Not an achievement.' },
      },
      template,
      facts,
      'hub',
    );
    expect(texts.engine).toBe('hub');
    expect(texts.tagline).toBe(`${facts.conversations} chats, one you.`);
    expect(texts.persona).toBe(template.persona);
    expect(texts.insights.map((insight) => insight.text)).toEqual([`"${topic}" led the way.`, template.insights[1]!.text, `${facts.activeDays} active days.`]);
    expect(texts.insights.map((insight) => insight.id)).toEqual(['hub-1', template.insights[1]!.id, 'hub-3']);
    expect(texts.achievements[firstAchievement!.id]).toBe(`${firstAchievement!.title}, nice.`);
    expect(texts.achievements[secondAchievement!.id]).toBe(template.achievements[secondAchievement!.id]);
    expect(texts.achievements).not.toHaveProperty('invented');
    expect(rejected.map((issue) => issue.value)).toEqual([String(facts.userMessages + 7), '"medieval cooking"', '9,999']);
  });

  it('says "template" when every model text fell back', () => {
    const template = checkedTemplateTexts(facts, { style: 'poetic', seed: 1 }).texts;
    const { texts, rejected } = groundLlmTexts({ tagline: 'In 1999 you sent 3 prompts.' }, template, facts);
    expect(texts).toEqual(template);
    expect(rejected).toHaveLength(2);
  });

  it('falls back with a reason when the model answered no JSON', () => {
    const result = textsFromModelOutput('Sorry, I cannot do that.', facts, { style: 'technical', seed: 2 }, 'server');
    expect(result.texts).toEqual(checkedTemplateTexts(facts, { style: 'technical', seed: 2 }).texts);
    expect(result.fallbackReason).toMatch(/usable JSON/);
    const served = textsFromModelOutput(`\`\`\`json\n{"tagline": "${facts.conversations} conversations later."}\n\`\`\``, facts, { style: 'technical', seed: 2 }, 'server');
    expect(served.texts.engine).toBe('server');
    expect(served.texts.tagline).toBe(`${facts.conversations} conversations later.`);
  });
});
