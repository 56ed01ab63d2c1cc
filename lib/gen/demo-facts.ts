/**
 * Demo facts for the tests and the bench: real demo exports run through the real stats,
 * persona and ML pipeline (the CLI's encoders and the trained heads), plus hand-made edge cases.
 */
import { loadTrainedHeads } from '../ml/heads/trained';
import { nodeEncoders } from '../ml/node/node-encoders';
import { runMlPipeline } from '../ml/pipeline/run';
import { demoConversations } from '../ml/pipeline/test-conversations';
import { analysePeriod } from '../persona';
import { createStatsCollector } from '../stats/collector';
import { wrappedViewOf } from '../view/wrapped-view';
import { buildWrappedFacts, type WrappedFacts } from './facts';

const TIME_ZONE = 'UTC';
const NOW = Date.UTC(2027, 0, 1);

export interface DemoFactsOptions {
  conversations: number;
  seed: number;
  /** The latest year of the export instead of all time. */
  latestYear?: boolean;
  /** Run the ML analysis (else `ml` is null, as before it is done). */
  ml?: boolean;
}

export async function demoFacts({ conversations: count, seed, latestYear = false, ml = true }: DemoFactsOptions): Promise<WrappedFacts> {
  const conversations = demoConversations(count, seed);
  const collector = createStatsCollector();
  for (const conversation of conversations) collector.add(conversation);
  const year = latestYear ? (collector.years(TIME_ZONE).at(-1) ?? null) : null;
  const period = analysePeriod(collector.compute({ timeZone: TIME_ZONE, year: year ?? undefined }));
  let analysis = null;
  if (ml) {
    const [encoders, heads] = await Promise.all([nodeEncoders(), loadTrainedHeads()]);
    const options = { timeZone: TIME_ZONE, messageEncoder: encoders.student, conversationEncoder: encoders.teacher, heads, cache: null, now: NOW };
    analysis = (await runMlPipeline(conversations, options)).analysis;
  }
  const label = year === null ? 'All time' : String(year);
  return buildWrappedFacts(wrappedViewOf({ key: year === null ? 'all' : 'year', label, year, period }, analysis));
}

/** Three realistic Wrappeds: all time with ML, one year with ML, a small one before ML is done. */
export function demoFactSets(): Promise<WrappedFacts[]> {
  return Promise.all([
    demoFacts({ conversations: 150, seed: 2026 }),
    demoFacts({ conversations: 250, seed: 7, latestYear: true }),
    demoFacts({ conversations: 40, seed: 11, ml: false }),
  ]);
}
