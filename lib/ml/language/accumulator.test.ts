import { describe, expect, it } from 'vitest';
import { createLanguageAccumulator, languageFeatures } from './accumulator';

const entityTypes = (features: { entities: { type: string }[] }) => features.entities.map((e) => e.type);

describe('languageFeatures', () => {
  it('finds the entities of a crafted message', async () => {
    const features = await languageFeatures([
      'Email jane.doe@example.com and see https://example.com/pricing before 12 March 2024: it costs $25.50 #budget 😀',
    ]);
    expect(entityTypes(features)).toEqual(expect.arrayContaining(['EMAIL', 'URL', 'DATE', 'MONEY', 'HASHTAG', 'EMOJI']));
    expect(features.entities.find((e) => e.type === 'URL')?.count).toBe(1);
  });

  it('scores varied text as more diverse than repetitive text', async () => {
    const repetitive = await languageFeatures(Array.from({ length: 20 }, () => 'I like cats and I like dogs and I like cats.'));
    const varied = await languageFeatures([
      'The quick brown fox jumps over a lazy dog while curious owls watch from ancient oak branches.',
      'Quantum computers exploit superposition, entanglement and interference to solve certain problems faster.',
      'Bake sourdough with rye flour, salt, water and a lively starter; proof it overnight in the fridge.',
      'Marathon training demands patience, consistent mileage, careful nutrition and plenty of restful sleep.',
    ]);
    expect(varied.lexicalDiversity).toBeGreaterThan(repetitive.lexicalDiversity);
    expect(varied.lexicalDiversity).toBeLessThanOrEqual(1);
    expect(repetitive.lexicalDiversity).toBeGreaterThan(0);
  });

  it('rates a long subordinate-clause sentence as more complex than "I like cats."', async () => {
    const simple = await languageFeatures(['I like cats.']);
    const complex = await languageFeatures([
      'Although the committee had anticipated considerable opposition, because the proposal that the treasurer circulated would substantially restructure departmental budgets, the members who attended unanimously approved it, since postponing the decision would have jeopardised funding that several initiatives desperately required.',
    ]);
    expect(complex.complexity).toBeGreaterThan(simple.complexity + 30);
    expect(complex.clausesPerSentence).toBeGreaterThanOrEqual(3);
    expect(simple.averageSentenceLength).toBe(3);
  });

  it('reports parts-of-speech shares that sum to 1', async () => {
    const features = await languageFeatures(['Please write a short poem about the sea.', 'How do I sort a list in Python?']);
    const total = Object.values(features.partsOfSpeech).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 6);
    expect(features.partsOfSpeech.NOUN).toBeGreaterThan(0);
    expect(features.partsOfSpeech.VERB).toBeGreaterThan(0);
  });

  it('returns zeros, not NaN, for no input or blank messages', async () => {
    for (const texts of [[], ['', '   ', '```\nonly code\n```']]) {
      const features = await languageFeatures(texts);
      const numbers = [features.averageTokenLength, features.averageSentenceLength, features.clausesPerSentence, features.lexicalDiversity, features.complexity, ...Object.values(features.partsOfSpeech)];
      expect(numbers.every((n) => n === 0)).toBe(true);
      expect(features.entities).toEqual([]);
      expect(features.words).toBe(0);
    }
  });

  it('skips fenced and inline code', async () => {
    const withCode = await languageFeatures([
      'Why does this fail?\n```python\nimport requests\nrequests.get("https://example.com/api?key=1")\nprint(x, y, z)\n```\nIt says `KeyError` on https://docs.example.org',
    ]);
    const without = await languageFeatures(['Why does this fail?\n\nIt says  on https://docs.example.org']);
    expect(withCode.words).toBe(without.words);
    expect(withCode.entities).toEqual(without.entities);
    expect(withCode.entities.find((e) => e.type === 'URL')?.count).toBe(1);
  });

  it('skips unfenced code lines', async () => {
    const withCode = await languageFeatures(['Why does this loop never end?\nfor (let i = 0; i < n; i--) {\n  total += values[i];\n}\nconsole.log(total)']);
    const without = await languageFeatures(['Why does this loop never end?']);
    expect(withCode.words).toBe(without.words);
  });

  it('counts real emoticons only', async () => {
    const features = await languageFeatures(['Great job :) thanks (see the list above):']);
    expect(features.entities.find((e) => e.type === 'EMOTICON')?.count).toBe(1);
  });

  it('treats line breaks as sentence ends', async () => {
    const features = await languageFeatures(['Write a list\n- apples\n- pears\n\nThen sort them']);
    expect(features.averageSentenceLength).toBeCloseTo(8 / 4, 6); // wink alone: 2 sentences of 4
  });

  it('samples beyond maxMessages and scales entity counts up', async () => {
    const accumulator = await createLanguageAccumulator({ maxMessages: 10, expectedMessages: 40 });
    for (let i = 0; i < 40; i += 1) accumulator.add(`Read https://example.com/${i} today.`);
    const features = accumulator.result();
    expect(features.messages).toBe(40);
    expect(features.analysed).toBe(10);
    expect(features.entities.find((e) => e.type === 'URL')?.count).toBe(40);
  });

  it('caps the characters analysed per message', async () => {
    const long = 'word '.repeat(1_000);
    const features = await languageFeatures([long], { maxChars: 100 });
    expect(features.words).toBe(20);
  });
});
