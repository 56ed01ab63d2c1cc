/**
 * The committed heads on the real encoder: clear-cut sentences must come out right. A case that
 * fails here is a finding about the heads, not something to tune the test around.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadUseLiteInNode } from '../node/load-use';
import { embedPieces, USE_TOKEN_CAP } from '../use/encoder';
import type { Head } from './format';
import type { HeadName } from './labels';
import { predict } from './predict';
import { loadTrainedHeads } from './trained';

const CASES: [HeadName, string, string][] = [
  ['sentiment', 'I love this, thank you so much!', 'positive'],
  ['sentiment', 'This is terrible, I hate it.', 'negative'],
  ['sentiment', 'How do I center a div in CSS?', 'neutral'],
  ['intent', 'What is the capital of France?', 'question'],
  ['intent', 'Write a poem about the sea.', 'command'],
  ['intent', 'Can you help me write an email to my landlord?', 'request'],
  ['intent', 'Thank you, that was really helpful!', 'praise'],
  ['intent', 'This answer is wrong and useless, you never get it right.', 'complaint'],
  ['toxicity', 'You are a worthless idiot and everyone hates you, shut up.', 'toxic'],
  ['toxicity', 'Could you explain how photosynthesis works?', 'ok'],
  ['emotion', "I'm so scared of the dark", 'fear'],
  ['emotion', 'My dog died yesterday and I miss him so much.', 'sadness'],
  ['emotion', 'That is disgusting, how could anyone eat that?', 'disgust'],
];

/** Clear cases the committed heads get wrong (findings, kept visible): `it.fails` turns red once a retrain fixes them. */
const KNOWN_MISSES: [HeadName, string, string][] = [
  // Strong dislike reads as offensive: OLID/Davidson tie "hate" to toxic.
  ['toxicity', 'This is terrible, I hate it.', 'ok'],
  // A complaint without profanity or emotional words reads neutral.
  ['sentiment', 'I am furious that my order still has not arrived.', 'negative'],
];

let heads: Record<HeadName, Head>;
let vectors: Float32Array;

beforeAll(async () => {
  heads = await loadTrainedHeads();
  const { model, tokenizer } = await loadUseLiteInNode();
  vectors = await embedPieces(
    model,
    [...CASES, ...KNOWN_MISSES].map(([, text]) => tokenizer.encode(text, USE_TOKEN_CAP)),
  );
});

describe('trained heads on USE-lite', () => {
  it('load and carry their metrics', () => {
    for (const head of Object.values(heads)) {
      expect(head.encoder).toBe('use-lite');
      expect(head.metrics.devMacroF1).toBeGreaterThan(0.5);
    }
  });

  const labelOf = (name: HeadName, row: number) => {
    const head = heads[name];
    return head.labels[predict(head, vectors.subarray(row * 512, (row + 1) * 512), 1).labelIndex[0]!];
  };

  it.each(CASES.map((entry, row) => [...entry, row] as const))('%s: "%s" → %s', (name, _text, expected, row) => {
    expect(labelOf(name, row)).toBe(expected);
  });

  it.fails.each(KNOWN_MISSES.map((entry, row) => [...entry, CASES.length + row] as const))('known miss, %s: "%s" should be %s', (name, _text, expected, row) => {
    expect(labelOf(name, row)).toBe(expected);
  });
});
