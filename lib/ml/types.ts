/**
 * The ML layer of an analysis: what the ML story slides, the dashboard, the models page and the
 * CLI's JSON read. Computed on the device from stored conversations by lib/ml/pipeline.
 * Bump ML_ANALYSIS_VERSION whenever a computed field can change.
 */
import type { HeadLabel } from './heads/labels';

export const ML_ANALYSIS_VERSION = 'ml-3';

export type Sentiment = HeadLabel<'sentiment'>;
export type Emotion = HeadLabel<'emotion'>;
export type Intent = HeadLabel<'intent'>;

/** A share per label, 0–1, summing to 1 over the labels (0 everywhere for an empty period). */
export type Shares<L extends string> = Record<L, number>;

export interface MonthShares<L extends string> {
  /** YYYY-MM in the viewer's time zone. */
  month: string;
  /** User messages labelled that month. */
  messages: number;
  shares: Shares<L>;
}

export interface Topic {
  id: number;
  /** Short name: the topic's best key phrase, e.g. "Email marketing" (lib/ml/topics/naming.ts). */
  label: string;
  /** Class-based TF-IDF keywords, best first. */
  keywords: string[];
  /** Multi-word key concepts (frequent bigrams distinctive for the topic). */
  concepts: string[];
  conversations: number;
  /** Share of all clustered conversations, 0–1. */
  share: number;
  /**
   * The conversation nearest the topic's centroid that has a real title (not "New chat",
   * "Untitled"); when none has one, the nearest, with its first prompt (cut at a word) as title.
   */
  representative: { conversationId: string; title: string };
  /** Conversations per month, same months as the stats' monthly buckets. */
  monthly: { month: string; conversations: number }[];
  /**
   * Slope of the topic's monthly share (0–1) over the latest ≤ 6 months, per month, weighted by each
   * month's conversations; 0 with fewer than 3 active months. 0.01 = one percentage point a month.
   */
  velocity: number;
  /** rising when velocity ≥ 0.01, declining when ≤ −0.01, else steady. */
  trend: 'rising' | 'declining' | 'steady';
}

export interface TopicPoint {
  conversationId: string;
  title: string;
  /** 2-D projection of the conversation vector (PCA), scaled to [-1, 1]. */
  x: number;
  y: number;
  topic: number;
}

/** What can make a conversation worth revisiting (see lib/ml/recommend/revisit). */
export type RevisitSignal = 'depth' | 'followUps' | 'age' | 'central' | 'code';

export interface Revisit {
  conversationId: string;
  title: string;
  /** 0–1. */
  score: number;
  /** Why it is listed, in words, e.g. "A long, deep thread (42 turns), from 7 months ago, about python · pandas". */
  reason: string;
  /** The signals that won (strong enough to be a reason), strongest first. */
  signals: RevisitSignal[];
}

export interface EntityCount {
  /** wink-nlp entity type: DATE, TIME, DURATION, MONEY, PERCENT, ORDINAL, CARDINAL, EMAIL, URL, HASHTAG, MENTION, EMOJI, EMOTICON. */
  type: string;
  /** Over all user messages: scaled up by messages / analysed when the language pass sampled. */
  count: number;
}

export interface LanguageFeatures {
  /** User messages seen, and how many of them went through wink-nlp (the rest were sampled out). */
  messages: number;
  analysed: number;
  /** Word tokens analysed (code fences stripped, each message capped; see lib/ml/language). */
  words: number;
  /** Mean characters per word token of the user's messages. */
  averageTokenLength: number;
  /** Mean word tokens per sentence (a line break also ends a sentence). */
  averageSentenceLength: number;
  /** Subordinate-clause markers per sentence (subordinating conjunctions, relative pronouns). */
  clausesPerSentence: number;
  /** Moving-average type-token ratio of lemmas over 50-word windows (MATTR), 0–1. */
  lexicalDiversity: number;
  /** Share of word tokens per coarse part of speech (NOUN, VERB, ADJ, ADV, PRON, …); every key present. */
  partsOfSpeech: Record<string, number>;
  /** 0–100 from sentence length, word length and clause density; higher reads harder. */
  complexity: number;
  /** Most frequent first; types never seen are left out. */
  entities: EntityCount[];
}

export interface Politeness {
  /** User messages checked. */
  messages: number;
  /** Share of user messages with please / pls / plz. */
  pleaseShare: number;
  /** … with thanks / thank you / thx / appreciate / grateful. */
  thanksShare: number;
  /** … with sorry / apologies / apologise / my bad. */
  sorryShare: number;
  /** … with any of the above. */
  politeShare: number;
  /** 0–100, for the slide. */
  score: number;
}

export interface EncoderUse {
  /** Catalog id of the encoder whose vectors drove topics, search and heads. */
  id: string;
  /** Where it ran: 'webgpu', 'wasm-threads', 'wasm', 'node-wasm', 'js' (static student). */
  device: string;
  dtype: string;
}

export interface MlAnalysis {
  version: typeof ML_ANALYSIS_VERSION;
  encoders: { messages: EncoderUse; conversations: EncoderUse };
  counts: {
    userMessages: number;
    conversations: number;
    /** Distinct texts sent to an encoder (after dedup), and how many came from the vector cache. */
    textsEmbedded: number;
    cacheHits: number;
  };
  timings: { totalMs: number; embedMs: number; headsMs: number; topicsMs: number; languageMs: number };
  sentiment: { overall: Shares<Sentiment>; byMonth: MonthShares<Sentiment>[]; mostPositiveMonth: { month: string; share: number } | null };
  emotions: { overall: Shares<Emotion>; byMonth: MonthShares<Emotion>[]; /** Most frequent non-neutral emotion. */ top: Emotion | null };
  intents: { overall: Shares<Intent> };
  toxicity: { share: number; messages: number };
  politeness: Politeness;
  topics: Topic[];
  /**
   * The number of topics k and how it was chosen: by silhouette among `candidateKs` (at most
   * ⌊√(n/2)⌋ and 14; empty when only one k fitted the export's size). Absent in older analyses.
   */
  topicClustering?: { k: number; silhouette: number | null; candidateKs: number[] };
  topicMap: TopicPoint[];
  /** Normalised entropy of the topic distribution (0 = one topic, 1 = evenly spread) and mean pairwise cosine distance. */
  diversity: { entropy: number; meanDistance: number };
  language: LanguageFeatures;
  revisit: Revisit[];
}
