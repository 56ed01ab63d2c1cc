/**
 * Text generation in Node on the demo export's facts (real stats, persona and ML analysis): ms
 * for all texts of one Wrapped per style (template engine), ms for the grounding check of those
 * texts, and both together as the worker runs them. Medians of RUNS runs after a warm-up. Goals
 * are reported, never asserted.
 */
import { DEMO_DEFAULT } from '../lib/demo';
import { demoFacts } from '../lib/gen/demo-facts';
import { checkedTemplateTexts, generateTexts } from '../lib/gen/generate';
import { checkAgainst } from '../lib/gen/grounding';
import { derivable } from '../lib/gen/grounding/derivable';
import { TEXT_STYLES, type GeneratedTexts } from '../lib/gen/types';

const RUNS = 50;
const WARM_UP = 5;
export const GEN_GOAL_MS = 50;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median ms of `run(i)` over RUNS runs (a new seed each, as "regenerate" would). */
function time(run: (i: number) => unknown): number {
  for (let i = 0; i < WARM_UP; i++) run(-1 - i);
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    run(i);
    ms.push(performance.now() - started);
  }
  return median(ms);
}

const textsOf = (texts: GeneratedTexts) => [texts.tagline, texts.persona, ...texts.insights.map((insight) => insight.text), ...Object.values(texts.achievements)];

export async function benchGen(): Promise<{ rows: { name: string; value: string; goal?: string }[]; json: object }> {
  const facts = await demoFacts({ conversations: DEMO_DEFAULT.conversations, seed: DEMO_DEFAULT.seed });
  const styles = TEXT_STYLES.map((style) => {
    const sample = generateTexts(facts, { style, seed: 1 });
    const texts = textsOf(sample);
    return {
      style,
      texts: texts.length,
      generateMs: time((seed) => generateTexts(facts, { style, seed })),
      // As the worker checks: the derivable values once, then every text.
      groundingMs: time(() => {
        const known = derivable(facts);
        for (const text of texts) checkAgainst(text, known);
      }),
      checkedMs: time((seed) => checkedTemplateTexts(facts, { style, seed })),
    };
  });
  const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
  const goal = (ms: number) => `≤ ${GEN_GOAL_MS} ms (${ms <= GEN_GOAL_MS ? 'met' : 'missed'})`;
  const rows = styles.flatMap((row) => [
    { name: `Texts of one Wrapped, ${row.style} (${row.texts} texts)`, value: fmt(row.generateMs), goal: goal(row.generateMs) },
    { name: `Grounding check, ${row.style}`, value: fmt(row.groundingMs) },
    { name: `Generate + check (worker path), ${row.style}`, value: fmt(row.checkedMs), goal: goal(row.checkedMs) },
  ]);
  return {
    rows,
    json: { runs: RUNS, goalMs: GEN_GOAL_MS, conversations: facts.conversations, achievements: facts.achievements.length, ml: facts.ml !== null, styles },
  };
}
