import { beforeAll, describe, expect, it } from 'vitest';
import type { WrappedFacts } from './facts';
import { checkGrounding } from './grounding';
import { derivable } from './grounding/derivable';
import { WEEKDAYS } from '../view/format';
import { generateTemplateTexts } from './template/generate';
import { demoFactSets } from './demo-facts';
import { SINGULAR_FACTS } from './test-facts';
import { TEXT_STYLES } from './types';

let sets: WrappedFacts[];
let facts: WrappedFacts;
beforeAll(async () => {
  sets = await demoFactSets();
  facts = sets[0]!;
}, 120_000);

const values = (text: string, f = facts) => checkGrounding(text, f).map((issue) => `${issue.kind}:${issue.value}`);

describe('checkGrounding', () => {
  it('accepts what the facts say, in the forms a writer would use', () => {
    const topic = facts.ml!.topics[0]!;
    const grounded = [
      `You had ${facts.conversations.toLocaleString('en-US')} conversations and sent ${facts.userMessages} prompts.`,
      `${Math.round(facts.weekendShare * 100)}% of prompts came on weekends; ${Math.round((1 - facts.weekendShare) * 100)} percent on weekdays.`,
      `Your top topic was "${topic.label}" with ${topic.conversations} conversations.`,
      `Busiest day: ${new Date(`${facts.busiestDay!.date}T00:00:00Z`).toLocaleDateString('en-US', { timeZone: 'UTC', month: 'long', day: 'numeric', year: 'numeric' })}.`,
      `Peak month: ${new Date(`${facts.peakMonth!.month}-01T00:00:00Z`).toLocaleDateString('en-US', { timeZone: 'UTC', month: 'long', year: 'numeric' })}.`,
      `Most prompts at ${facts.peakHour! % 12 || 12}${facts.peakHour! < 12 ? 'am' : 'pm'}, mostly on ${facts.peakWeekday}s.`,
      `About ${Math.round(facts.userWords / 1000)}K words, one persona: ${facts.persona.name}, because ${facts.persona.reason}.`,
      `${facts.topModel!.name} wrote ${Math.round(facts.topModel!.share * 100)}% of replies.`,
      `Achievement: ${facts.achievements[0]!.description}`,
    ];
    for (const text of grounded) expect(values(text), text).toEqual([]);
  });

  it('rejects a planted wrong number, month, date, weekday, hour, percent and topic', () => {
    const wrongMonth = ['January', 'February', 'April', 'May', 'July', 'August'].find((month) => !JSON.stringify(facts).includes(month)) ?? 'January';
    const wrongWeekday = WEEKDAYS.find((day) => !derivable(facts).weekdays.has(day))!;
    expect(values(`You had ${facts.conversations + 1} conversations.`)).toEqual([`number:${facts.conversations + 1}`]);
    expect(values('You had 12,408 conversations.')).toEqual(['number:12,408']);
    expect(values(`Your biggest month was ${wrongMonth}.`)).toEqual([`date:${wrongMonth}`]);
    expect(values('Your busiest day was February 30th.')).toEqual(['date:February 30th']);
    expect(values(`Mostly on ${wrongWeekday}s.`)).toEqual([`date:${wrongWeekday}s`]);
    expect(values(`You peaked at ${((facts.peakHour! + 5) % 12) + 1} AM and PM alike.`).length).toBeGreaterThan(0);
    expect(values('99% of your prompts were questions.')).toEqual(['number:99%']);
    expect(values('You loved "medieval cooking" most.')).toEqual(['topic:"medieval cooking"']);
    expect(values('You wrote 4.2M words.')).toEqual(['number:4.2M']);
    expect(values('It took you seventeen days.')).toEqual(['number:seventeen']);
    expect(values('Back in 1999 it began.')).toEqual(['date:1999']);
    expect(values('claude-3-opus answered most.')).toEqual(['name:claude-3-opus']);
  });

  it('does not mistake the verb "may" or a model name for a fact', () => {
    expect(values('May your prompts stay curious.')).toEqual([]);
    expect(values(`Thanks to ${facts.topModel!.name}, you may smile.`)).toEqual([]);
  });

  it('passes every template text: 5 styles × 30 seeds × 3 demo Wrappeds and the singular one', () => {
    let checked = 0;
    for (const f of [...sets, SINGULAR_FACTS]) {
      for (const style of TEXT_STYLES) {
        for (let seed = 1; seed <= 30; seed++) {
          const texts = generateTemplateTexts(f, { style, seed });
          for (const text of [texts.tagline, texts.persona, ...texts.insights.map((i) => i.text), ...Object.values(texts.achievements)]) {
            const issues = checkGrounding(text, f);
            if (issues.length > 0) throw new Error(`Template text failed grounding (${style}, seed ${seed}): ${JSON.stringify(issues)}`);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(4000);
  });
});
