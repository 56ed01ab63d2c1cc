/**
 * The committed trained heads (lib/ml/heads/trained/*.json, written by `npm run train:heads`),
 * loaded lazily so a bundler splits them out of the first chunk.
 */
import { parseHead, USE_LITE_HEADS, type Head, type HeadExpectation } from './format';
import type { HeadName } from './labels';

let files: Promise<Record<HeadName, unknown>> | undefined;

function headFiles(): Promise<Record<HeadName, unknown>> {
  files ??= Promise.all([
    import('./trained/sentiment.json'),
    import('./trained/emotion.json'),
    import('./trained/intent.json'),
    import('./trained/toxicity.json'),
  ]).then(([sentiment, emotion, intent, toxicity]) => ({
    sentiment: sentiment.default,
    emotion: emotion.default,
    intent: intent.default,
    toxicity: toxicity.default,
  }));
  return files;
}

/** All four heads, validated against the encoder whose vectors they will see. */
export async function loadTrainedHeads(expect: HeadExpectation = USE_LITE_HEADS): Promise<Record<HeadName, Head>> {
  const json = await headFiles();
  return {
    sentiment: parseHead(json.sentiment, expect),
    emotion: parseHead(json.emotion, expect),
    intent: parseHead(json.intent, expect),
    toxicity: parseHead(json.toxicity, expect),
  };
}
