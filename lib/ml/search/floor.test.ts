/** The relevance floor and filler handling, with the real student encoder (as the worker runs it). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TextEncoderPort } from '../encoder-port';
import { isFiller } from '../filler';
import { nodeEncoders } from '../node/node-encoders';
import { collectMlInputs } from '../pipeline/collect';
import { demoConversations } from '../pipeline/test-conversations';
import { MIN_SIMILARITY, NULL_ANCHORS, NULL_MARGIN, meaningQuery, similarityFloor } from './floor';
import { buildSearchIndex, type HybridSearchIndex, type SearchRecord } from './hybrid';

const FILLERS = ['go on', 'continue', 'ok', 'thanks!', 'yes', 'more', 'next', 'ok thanks', 'yes please', 'keep going', '👍', '?', 'perfect, thanks!', 'lol fair'];

/** A small export: a few topics, the planted message, and plenty of filler between them. */
const CORPUS: [title: string, texts: string[]][] = [
  ['Sourdough', ['My sourdough starter stopped rising after I moved it to the fridge', 'How long should the bulk ferment be at 24°C?', 'The crumb came out dense and gummy again']],
  ['Running plan', ['Build me a 12-week half marathon plan, I run three times a week', 'What pace should my easy runs be?', 'My shins hurt after long runs, should I rest?']],
  ['React bug', ['My useEffect keeps re-rendering in a loop when I set state', 'How do I cancel a fetch when the component unmounts?', 'Can you type this hook without any?']],
  ['Japan', ['Plan two weeks in Japan on a budget, mostly trains', 'Which rail pass is worth it for Tokyo to Kyoto?', 'add rough costs in euros']],
  ['Money', ['Explain index funds versus ETFs like I am twelve', 'Why do central banks raise interest rates to fight inflation?']],
  ['Writing', ['Help me write a warm toast for my sister’s wedding', 'Make the cover letter for the frontend role less corporate']],
  // The planted message: the only one about the outdoors.
  ['Weekend', ['Can you recommend a good tent and sleeping bag for a weekend of wild camping?']],
];

function records(): SearchRecord[] {
  const out: SearchRecord[] = [];
  CORPUS.forEach(([title, texts], c) => {
    texts.forEach((text, t) => {
      out.push({ id: `m${c}-${t}`, conversationId: `c${c}`, title, text, time: out.length + 1 });
      // Fillers between the real turns, as in a real export.
      const filler = FILLERS[(c * 3 + t) % FILLERS.length]!;
      out.push({ id: `f${c}-${t}`, conversationId: `c${c}`, title, text: filler, time: out.length + 1 });
    });
  });
  return out;
}

const PLANTED = 'Can you recommend a good tent and sleeping bag for a weekend of wild camping?';
const NONSENSE = ['zzqx nonsense', 'zzqx', 'qwertyuiop', 'asdfgh jkl', 'lorem ipsum dolor', 'blorf snazzle', 'xyzzy', 'fjdkslaf', 'mmmm hmm'];

describe('search with a relevance floor (real student encoder)', () => {
  let student: TextEncoderPort;
  let corpus: SearchRecord[];
  let index: HybridSearchIndex;
  const search = async (target: HybridSearchIndex, query: string, limit = 30) => {
    const { vector, minSimilarity } = await meaningQuery(student, query);
    return target.search(query, vector, { limit, minSimilarity });
  };

  beforeAll(async () => {
    ({ student } = await nodeEncoders());
    corpus = records();
    index = buildSearchIndex(corpus, await student.embed(corpus.map((record) => record.text)), student.dimensions);
  }, 60_000);

  it('keeps filler out of the meaning index', () => {
    expect(index.size).toBe(corpus.length);
    expect(index.meaningSize).toBe(corpus.filter((record) => !isFiller(record.text)).length);
    expect(index.meaningSize).toBe(corpus.length / 2);
  });

  it('returns nothing for a nonsense query', async () => {
    for (const query of NONSENSE) expect(await search(index, query), query).toEqual([]);
  });

  it('puts the planted message first for a query in other words, as a meaning match', async () => {
    // No word in common with it: found by meaning alone.
    const hits = await search(index, 'what to take on an outdoor overnight trip');
    expect(hits[0]).toMatchObject({ snippet: PLANTED, keywordRank: null, vectorRank: 1 });
    expect(hits[0]!.similarity).toBeGreaterThanOrEqual(MIN_SIMILARITY);
    // Sharing a word too: a keyword and meaning match, still first.
    const [hit] = await search(index, 'camping equipment');
    expect(hit).toMatchObject({ snippet: PLANTED, keywordRank: 1, vectorRank: 1 });
  });

  it('never returns filler for a meaning query, and every hit clears its floor or matched a word', async () => {
    for (const query of ['outdoor gear for a hiking trip', 'bread baking problems', 'marathon training', 'react rerender bug', 'holiday in Asia', 'saving money', 'keep the story going']) {
      const { minSimilarity } = await meaningQuery(student, query);
      const hits = await search(index, query);
      for (const hit of hits) {
        expect(isFiller(corpus.find((record) => record.id === hit.id)!.text), `${query} → ${hit.snippet}`).toBe(false);
        if (hit.keywordRank === null) expect(hit.similarity!).toBeGreaterThanOrEqual(minSimilarity);
      }
    }
  });

  it('finds filler by its exact words only, never by meaning', async () => {
    const hits = await search(index, 'go on');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.snippet === 'go on' && hit.vectorRank === null)).toBe(true);
    // "continue" appears only as filler: a query using it among other words doesn't pull it in.
    expect((await search(index, 'continue the sourdough story')).some((hit) => hit.snippet === 'continue')).toBe(false);
  });

  it('returns nothing for nonsense over a whole demo export, filler included', async () => {
    const inputs = await collectMlInputs(demoConversations(120), 'Europe/Paris');
    const demo = inputs.messages.map((message, i) => ({ id: `d${i}`, conversationId: `c${message.conversation}`, title: '', text: message.text, time: i }));
    expect(demo.some((record) => record.text === 'go on')).toBe(true);
    const demoIndex = buildSearchIndex(demo, await student.embed(demo.map((record) => record.text)), student.dimensions);
    for (const query of NONSENSE) expect(await search(demoIndex, query), query).toEqual([]);
    // A real query still finds its conversation by meaning alone.
    const hits = await search(demoIndex, 'why is the sky blue');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.snippet).toMatch(/Rayleigh scattering/);
    expect(hits[0]!.vectorRank).not.toBeNull();
  }, 60_000);

  it('gives a filler query no meaning floor at all, and a real query a floor at or above MIN_SIMILARITY', async () => {
    expect((await meaningQuery(student, 'thanks!')).minSimilarity).toBe(Infinity);
    const sky = await meaningQuery(student, 'why is the sky blue');
    const nonsense = await meaningQuery(student, 'zzqx');
    expect(sky.minSimilarity).toBeGreaterThanOrEqual(MIN_SIMILARITY);
    // The encoder puts unplaceable text near content-free text: its floor is far higher.
    expect(nonsense.minSimilarity).toBeGreaterThan(sky.minSimilarity + 0.1);
  });
});

describe('similarityFloor', () => {
  it('is the best anchor similarity plus the margin, never below MIN_SIMILARITY', () => {
    const query = new Float32Array([1, 0]);
    const anchors = new Float32Array([0, 1, 0.8, 0.6]);
    expect(similarityFloor(query, anchors, 2)).toBeCloseTo(0.8 + NULL_MARGIN, 6);
    expect(similarityFloor(query, new Float32Array([0, 1]), 2)).toBe(MIN_SIMILARITY);
    expect(NULL_ANCHORS.every(isFiller)).toBe(true);
  });
});
