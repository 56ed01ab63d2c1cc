/**
 * The 0–100 complexity score, from three means over the analysed sentences:
 *
 *   complexity = 100 × (0.40 · sat(L − 3, 15) + 0.35 · sat(W − 3, 1.5) + 0.25 · sat(C, 0.5))
 *   sat(x, k) = max(x, 0) / (max(x, 0) + k)
 *
 * L = words per sentence, W = characters per word, C = subordinate-clause markers per sentence.
 * sat() is 0 at or below the floor, ½ at k above it and tends to 1, so the score is bounded and
 * non-decreasing in each input (strictly increasing above the floors). Half marks at 18 words per
 * sentence, 4.5 letters per word and one subordinate clause every two sentences: "I like cats."
 * scores 0; dense, clause-heavy prose with long words nears 100.
 */
export interface ComplexityInputs {
  meanSentenceLength: number;
  meanWordLength: number;
  clausesPerSentence: number;
}

const saturate = (x: number, k: number): number => {
  const v = Number.isFinite(x) && x > 0 ? x : 0;
  return v / (v + k);
};

export function complexityScore({ meanSentenceLength, meanWordLength, clausesPerSentence }: ComplexityInputs): number {
  const score =
    0.4 * saturate(meanSentenceLength - 3, 15) +
    0.35 * saturate(meanWordLength - 3, 1.5) +
    0.25 * saturate(clausesPerSentence, 0.5);
  return 100 * score;
}
