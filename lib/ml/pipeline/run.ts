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
import { labelMessages } from '../heads/predict';
import { ML_ANALYSIS_VERSION, type MlAnalysis } from '../types';
import { collectMlInputs, type MlInputs } from './collect';
import { embedWithCache } from './embed-cached';
import { labelShares, mostPositiveMonth, topEmotion } from './label-shares';
import { analyseConversations } from './conversation-analysis';
import { analyseLanguage } from './language-analysis';
import { textHasher } from './text-hash';

/** Per-message labels and their decision rules (the toxicity threshold among them) live in lib/ml/heads/predict.ts. */
export { TOXIC_THRESHOLD } from '../heads/predict';

function countLabel(labelIndex: Int32Array, label: number): number {
  let count = 0;
  for (const index of labelIndex) if (index === label) count++;
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
  const predictions = labelMessages(messages.vectors, messageTexts.length, options.heads);
  const months = inputs.messages.map((message) => message.month);
  const sentiment = labelShares(HEAD_LABELS.sentiment, predictions.sentiment.labelIndex, months);
  const emotions = labelShares(HEAD_LABELS.emotion, predictions.emotion.labelIndex, months);
  const intents = labelShares(HEAD_LABELS.intent, predictions.intent.labelIndex, months);
  const toxicMessages = countLabel(predictions.toxicity.labelIndex, HEAD_LABELS.toxicity.indexOf('toxic'));
  const headsMs = performance.now() - headsStarted;

  signal?.throwIfAborted();
  onProgress?.('topics', 0, inputs.conversations.length);
  const topicsStarted = performance.now();
  // Topic-name candidates go through the same encoder and cache; they count as embedded texts.
  const phrases = { distinct: 0, cacheHits: 0 };
  const embedPhrases = async (texts: readonly string[]) => {
    const embedded = await embedWithCache(texts, options.conversationEncoder, options.cache, hash, { signal });
    phrases.distinct += embedded.distinct;
    phrases.cacheHits += embedded.cacheHits;
    return embedded.vectors;
  };
  const conversationLayer = await analyseConversations(inputs.conversations, conversationsEmbedded.vectors, options.conversationEncoder.dimensions, options.now, { embed: embedPhrases, signal });
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
      textsEmbedded: messages.distinct + conversationsEmbedded.distinct + phrases.distinct,
      cacheHits: messages.cacheHits + conversationsEmbedded.cacheHits + phrases.cacheHits,
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
