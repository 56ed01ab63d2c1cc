import { describe, expect, it } from 'vitest';
import { conversationTerms, topicTerms } from './keywords';

describe('conversationTerms', () => {
  it('keeps content words and adjacent pairs, never across stop words or punctuation', () => {
    const { terms, bigrams } = conversationTerms('How do I train a neural network? Machine learning, then deep learning.\n```py\nimport torch\n```');
    expect(terms).toEqual(['train', 'neural', 'network', 'machine', 'learning', 'deep', 'learning']);
    expect(bigrams).toEqual(['neural network', 'machine learning', 'deep learning']);
  });
});

describe('topicTerms (c-TF-IDF)', () => {
  it('finds the words planted in each topic, not the words every topic shares', () => {
    const shared = 'question about project today';
    const texts = [
      ...Array.from({ length: 6 }, (_, i) => `${shared} python pandas dataframe merge ${i % 2 ? 'groupby' : 'index'}`),
      ...Array.from({ length: 6 }, (_, i) => `${shared} sourdough starter bread flour ${i % 2 ? 'oven' : 'crust'}`),
      ...Array.from({ length: 4 }, () => `${shared} guitar chords capo strumming`),
    ];
    const assignments = [...new Array(6).fill(0), ...new Array(6).fill(1), ...new Array(4).fill(2)];
    const { keywords, concepts } = topicTerms(texts, assignments, 3);
    expect(keywords[0]!.slice(0, 4).sort()).toEqual(['dataframe', 'merge', 'pandas', 'python']);
    expect(keywords[1]!.slice(0, 4).sort()).toEqual(['bread', 'flour', 'sourdough', 'starter']);
    expect(keywords[2]!.slice(0, 4).sort()).toEqual(['capo', 'chords', 'guitar', 'strumming']);
    for (const list of keywords) expect(list.indexOf('project')).toBeGreaterThan(3);
    expect(concepts[0]).toContain('python pandas');
    expect(concepts[1]).toContain('sourdough starter');
  });

  it('ignores a word only one conversation of a topic uses, however often', () => {
    const texts = ['rust borrow checker', 'rust borrow lifetimes', `rust ${'zebra '.repeat(50)}`];
    const { keywords } = topicTerms(texts, [0, 0, 0], 1);
    expect(keywords[0]).toEqual(['rust', 'borrow']);
  });

  it('copes with no conversations and empty texts', () => {
    expect(topicTerms([], [], 0)).toEqual({ keywords: [], concepts: [] });
    expect(topicTerms(['', ''], [0, 0], 1)).toEqual({ keywords: [[]], concepts: [[]] });
  });
});
