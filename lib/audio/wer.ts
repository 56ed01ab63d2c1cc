/**
 * Word error rate: (substitutions + deletions + insertions) / reference words, from a word-level
 * Levenshtein alignment. Both texts are normalised first, as ASR evaluations do, so that "Hello,
 * world!" and "hello world" count as the same words: case folded, accents kept, punctuation
 * removed (apostrophes inside words stay: "don't" is one word), numbers as written.
 */

export function normalizeWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[’‘]/g, "'")
    .replace(/(?<![\p{L}\p{N}])'|'(?![\p{L}\p{N}])/gu, ' ')
    .replace(/[^\p{L}\p{N}'\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

export interface WordErrors {
  substitutions: number;
  deletions: number;
  insertions: number;
  referenceWords: number;
  /** (S + D + I) / N; can exceed 1 when the hypothesis adds many words. 0 for two empty texts, 1 per word for an empty reference. */
  rate: number;
}

export function wordErrors(reference: string, hypothesis: string): WordErrors {
  const ref = normalizeWords(reference);
  const hyp = normalizeWords(hypothesis);
  // One row of the edit table at a time, each cell carrying its (S, D, I) so the totals come out.
  type Cell = { cost: number; s: number; d: number; i: number };
  let previous: Cell[] = Array.from({ length: hyp.length + 1 }, (_, j) => ({ cost: j, s: 0, d: 0, i: j }));
  for (let r = 1; r <= ref.length; r++) {
    const row: Cell[] = [{ cost: r, s: 0, d: r, i: 0 }];
    for (let h = 1; h <= hyp.length; h++) {
      const diagonal = previous[h - 1]!;
      const up = previous[h]!;
      const left = row[h - 1]!;
      const same = ref[r - 1] === hyp[h - 1];
      const substitute = diagonal.cost + (same ? 0 : 1);
      if (substitute <= up.cost + 1 && substitute <= left.cost + 1) {
        row.push({ cost: substitute, s: diagonal.s + (same ? 0 : 1), d: diagonal.d, i: diagonal.i });
      } else if (up.cost <= left.cost) {
        row.push({ cost: up.cost + 1, s: up.s, d: up.d + 1, i: up.i });
      } else {
        row.push({ cost: left.cost + 1, s: left.s, d: left.d, i: left.i + 1 });
      }
    }
    previous = row;
  }
  const { s, d, i } = previous[hyp.length]!;
  const rate = ref.length === 0 ? hyp.length : (s + d + i) / ref.length;
  return { substitutions: s, deletions: d, insertions: i, referenceWords: ref.length, rate };
}

export function wordErrorRate(reference: string, hypothesis: string): number {
  return wordErrors(reference, hypothesis).rate;
}
