import { describe, expect, it } from 'vitest';
import { parseLlmTexts } from './parse';

const answer = { tagline: 'A year of questions.', insights: ['One.', 'Two.'], persona: 'You are curious. Very.', achievements: { 'streak-7': 'Seven days.' } };

describe('parseLlmTexts', () => {
  it('reads plain JSON, fenced JSON and JSON wrapped in prose', () => {
    expect(parseLlmTexts(JSON.stringify(answer))).toEqual(answer);
    expect(parseLlmTexts(`\`\`\`json\n${JSON.stringify(answer, null, 2)}\n\`\`\``)).toEqual(answer);
    expect(parseLlmTexts(`Sure! Here is your recap:\n${JSON.stringify(answer)}\nHope you like it {really}.`)).toEqual(answer);
  });

  it('tolerates trailing commas and braces inside strings', () => {
    expect(parseLlmTexts('{"tagline": "Curly {braces} \\"inside\\"", "insights": ["a",],}')).toEqual({ tagline: 'Curly {braces} "inside"', insights: ['a'] });
  });

  it('keeps the usable fields and drops the rest', () => {
    expect(parseLlmTexts(JSON.stringify({ tagline: 42, insights: ['ok', 7, ''], persona: '', achievements: { a: 'fine', b: null } }))).toEqual({ insights: ['ok'], achievements: { a: 'fine' } });
    expect(parseLlmTexts(JSON.stringify({ tagline: 'x'.repeat(500) }))).toBeNull();
  });

  it('returns null when there is no JSON object', () => {
    expect(parseLlmTexts('I cannot help with that.')).toBeNull();
    expect(parseLlmTexts('["a", "b"]')).toBeNull();
    expect(parseLlmTexts('{"tagline": "unfinished')).toBeNull();
  });
});
