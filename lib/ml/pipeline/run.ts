/**
 * The ML analysis of one import, from stored conversations to an MlAnalysis. Runtime-agnostic:
 * the worker passes WebGPU/WASM encoders and the IndexedDB cache, the CLI passes Node ones.
 *
 * Order = cost: the fast student embeds every user message (heads label them), the teacher
 * embeds one text per conversation (topics, map, similar conversations), then topics and the
 * language features. Progress is reported per phase; the signal is checked between steps.
 */
import type { Conversation } from '../../model/conversation';
import type { TextEncoderPort, VectorCachePort } from '../encoder-port';
import type { Head } from '../heads/format';
import { HEAD_LABELS, type HeadName } from '../heads/labels';
import { applyHeads } from '../heads/predict';
import { ML_ANALYSIS_VERSION, type MlAnalysis } from '../types';
import { collectMlInputs, type MlInputs } from './collect';
import { embedWithCache } from './embed-cached';
import { labelShares, mostPositiveMonth, topEmotion } from './label-shares';
import { analyseConversations } from './conversation-analysis';
import { analyseLanguage } from './language-analysis';
import { textHasher } from './text-hash';

/**
 * The toxicity head learned from tweets; on chat prompts, frustration ("why is this so hard??")
 * scores 0.5–0.8. A message counts as toxic only when the head is at least this sure.
 */
export const TOXIC_THRESHOLD = 0.9;

function countConfident(probabilities: Float32Array, labels: number, label: number, threshold: number): number {
  let count = 0;
  for (let offset = label; offset < probabilities.length; offset += labels) if (probabilities[offset]! >= threshold) count++;
  return count;
}

export type MlPhase = 'reading' | 'embedding' | 'labelling' | 'topics' | 'language';

export interface MlPipelineOptions {
  timeZone: string;
  /** Embeds every user message; heads must accept its vectors. */
  messageEncoder: TextEncoderPort;
  /** Embeds one text per conversation. */
  conversationEncoder: TextEncoderPort;
  heads: Record<HeadName, Head>;
  cache: VectorCachePort | null;
  /** Milliseconds since epoch "now", for ages in the revisit reasons. */
  now: number;
  signal?: AbortSignal;
  onProgress?: (phase: MlPhase, done: number, total: number) => void;
}

export interface MlPipelineResult {
  analysis: MlAnalysis;
  inputs: MlInputs;
  messageVectors: Float32Array;
  conversationVectors: Float32Array;
}

export async function runMlPipeline(
  conversations: AsyncIterable<Conversation> | Iterable<Conversation>,
  options: MlPipelineOptions,
): Promise<MlPipelineResult> {
  const started = performance.now();
  const { signal, onProgress } = options;
  onProgress?.('reading', 0, 0);
  const inputs = await collectMlInputs(conversations, options.timeZone, signal);
  const hash = await textHasher();

  const embedStarted = performance.now();
  const messageTexts = inputs.messages.map((message) => message.text);
  const conversationTexts = inputs.conversations.map((conversation) => conversation.text);
  const total = messageTexts.length + conversationTexts.length;
  const messages = await embedWithCache(messageTexts, options.messageEncoder, options.cache, hash, {
    signal,
    onProgress: (done) => onProgress?.('embedding', done, total),
  });
  const conversationsEmbedded = await embedWithCache(conversationTexts, options.conversationEncoder, options.cache, hash, {
    signal,
    onProgress: (done) => onProgress?.('embedding', messageTexts.length + done, total),
  });
  const embedMs = performance.now() - embedStarted;

  signal?.throwIfAborted();
  onProgress?.('labelling', 0, messageTexts.length);
  const headsStarted = performance.now();
  const predictions = applyHeads(options.heads, messages.vectors, messageTexts.length);
  const months = inputs.messages.map((message) => message.month);
  const sentiment = labelShares(HEAD_LABELS.sentiment, predictions.sentiment.labelIndex, months);
  const emotions = labelShares(HEAD_LABELS.emotion, predictions.emotion.labelIndex, months);
  const intents = labelShares(HEAD_LABELS.intent, predictions.intent.labelIndex, months);
  const toxicMessages = countConfident(predictions.toxicity.probabilities, HEAD_LABELS.toxicity.length, HEAD_LABELS.toxicity.indexOf('toxic'), TOXIC_THRESHOLD);
  const headsMs = performance.now() - headsStarted;

  signal?.throwIfAborted();
  onProgress?.('topics', 0, inputs.conversations.length);
  const topicsStarted = performance.now();
  const conversationLayer = analyseConversations(inputs.conversations, conversationsEmbedded.vectors, options.conversationEncoder.dimensions, options.now);
  const topicsMs = performance.now() - topicsStarted;

  signal?.throwIfAborted();
  onProgress?.('language', 0, messageTexts.length);
  const languageStarted = performance.now();
  const { language, politeness } = await analyseLanguage(messageTexts, signal, (done, all) => onProgress?.('language', done, all));
  const languageMs = performance.now() - languageStarted;

  const analysis: MlAnalysis = {
    version: ML_ANALYSIS_VERSION,
    encoders: { messages: options.messageEncoder.use, conversations: options.conversationEncoder.use },
    counts: {
      userMessages: messageTexts.length,
      conversations: inputs.conversations.length,
      textsEmbedded: messages.distinct + conversationsEmbedded.distinct,
      cacheHits: messages.cacheHits + conversationsEmbedded.cacheHits,
    },
    timings: { totalMs: performance.now() - started, embedMs, headsMs, topicsMs, languageMs },
    sentiment: { ...sentiment, mostPositiveMonth: mostPositiveMonth(sentiment.byMonth, messageTexts.length) },
    emotions: { ...emotions, top: topEmotion(emotions.overall) },
    intents: { overall: intents.overall },
    toxicity: { share: messageTexts.length ? toxicMessages / messageTexts.length : 0, messages: toxicMessages },
    politeness,
    ...conversationLayer,
    language,
  };
  return { analysis, inputs, messageVectors: messages.vectors, conversationVectors: conversationsEmbedded.vectors };
}
