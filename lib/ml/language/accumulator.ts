/**
 * Streaming language features of the user's messages: feed each message to `add()`, read
 * `result()` at any time. Memory stays bounded for any volume: counters, one 50-word MATTR
 * window, and per-message wink documents that are dropped straight away (wink's own lexicon cache
 * does grow with the distinct out-of-vocabulary words it meets).
 *
 * Speed caps. The whole analysis of 3.5k messages has a 15 s budget. Measured in Node on 3,500
 * real prompts from a public prompt set (2 slow shared cores, cold process as in a real run):
 * uncapped ~1,100 messages/s (3.2 s), 2,000 chars ~1,100–1,500/s, 1,000 chars ~2,000/s (1.7 s);
 * warm, the 1,000-char cap runs ~3,500/s. Features barely move with the cap (complexity 34 at
 * both 1,000 and 2,000 chars, MATTR 0.749 vs 0.739).
 * - Code is stripped first (fences, inline spans, unfenced code lines; see strip-code.ts): it
 *   isn't prose and would skew POS, sentence length and entities.
 * - MAX_CHARS = 1,000 per message after that. The median prompt is ~100 characters and the 90th
 *   percentile ~600, so the cap only trims long pastes (documents, logs; one can be 25k+
 *   characters), which dominate the run time and say little about how the person writes.
 * - MAX_MESSAGES = 5,000 analysed, chosen deterministically beyond that (see sampling.ts); the
 *   ratios are stable long before, entity counts are scaled up to all messages.
 */
import type { ItsFunction } from 'wink-nlp';
import type { EntityCount, LanguageFeatures } from '../types';
import { complexityScore } from './complexity';
import { createMattr } from './mattr';
import { createSampler } from './sampling';
import { capText, stripCode } from './strip-code';
import { getWink, type Wink } from './wink';

export const MAX_CHARS = 1_000;
export const MAX_MESSAGES = 5_000;

/** Coarse POS reported for word tokens; any other tag wink gives a word (PUNCT, SYM, …) counts as X. */
export const WORD_POS = ['NOUN', 'VERB', 'ADJ', 'ADV', 'PRON', 'PROPN', 'ADP', 'DET', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'NUM', 'INTJ', 'X'] as const;

/** Subordinators wink's tagger sometimes calls ADP/ADV ("Although I …"); counted whatever their tag. */
const ALWAYS_SUBORDINATE = new Set(['although', 'though', 'whereas', 'unless', 'because', 'whether', 'whilst']);
/**
 * wink's EMOTICON entity also fires on code and punctuation (`);`, `):`, `:[`, `:*` …, ~90% of its
 * hits on real prompts), so only these count.
 */
const EMOTICONS = new Set([':)', ':-)', ':(', ':-(', ':D', ':-D', ';)', ';-)', ':P', ':p', ':-P', ':-p', ':O', ':o', ":'(", ':/', ':-/', '=)', '=(', 'XD', 'xD', '<3', '^^', '^_^', ':|']);
/** Relative / embedded-question pronouns: a clause marker unless they open the sentence ("Which is …?"). */
const RELATIVE = new Set(['which', 'who', 'whom', 'whose']);

export interface LanguageOptions {
  /** Characters analysed per message, after code is stripped. */
  maxChars?: number;
  /** Messages run through wink before sampling starts. */
  maxMessages?: number;
  /** Total messages that will be added, when known: sampling then spreads evenly over them. */
  expectedMessages?: number;
}

export interface LanguageAccumulator {
  add(userMessageText: string): void;
  result(): LanguageFeatures;
}

export async function createLanguageAccumulator(options: LanguageOptions = {}): Promise<LanguageAccumulator> {
  return languageAccumulator(await getWink(), options);
}

/** All features of a batch of messages at once. */
export async function languageFeatures(texts: Iterable<string>, options: LanguageOptions = {}): Promise<LanguageFeatures> {
  const accumulator = await createLanguageAccumulator(options);
  for (const text of texts) accumulator.add(text);
  return accumulator.result();
}

function languageAccumulator(nlp: Wink, options: LanguageOptions): LanguageAccumulator {
  const { its } = nlp;
  const maxChars = options.maxChars ?? MAX_CHARS;
  const sampled = createSampler(options.maxMessages ?? MAX_MESSAGES, options.expectedMessages);
  const mattr = createMattr();
  const pos = new Map<string, number>(WORD_POS.map((tag) => [tag, 0]));
  const entities = new Map<string, number>();
  let messages = 0;
  let analysed = 0;
  let words = 0;
  let letters = 0;
  let sentences = 0;
  let clauses = 0;

  function analyse(text: string): void {
    const doc = nlp.readDoc(text);
    const tokens = doc.tokens();
    const values = tokens.out() as string[];
    const types = tokens.out(its.type) as string[];
    const tags = tokens.out(its.pos) as string[];
    const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[] // wink's typings mis-declare its.lemma;
    const sentenceStarts = new Set((doc.sentences().out(its.span) as number[][]).map((span) => span[0]));

    // A "sentence" is a wink sentence further split at line breaks: lists and unpunctuated lines
    // would otherwise run together into one giant sentence.
    let unitWords = 0;
    const closeUnit = () => {
      if (unitWords > 0) sentences += 1;
      unitWords = 0;
    };
    for (let i = 0; i < values.length; i += 1) {
      if (sentenceStarts.has(i)) closeUnit();
      const type = types[i];
      if (type === 'tabCRLF' && values[i]!.includes('\n')) closeUnit();
      if (type !== 'word') continue;
      const lemma = lemmas[i]!.toLowerCase();
      const tag = tags[i]!;
      unitWords += 1;
      words += 1;
      letters += values[i]!.length;
      mattr.push(lemma);
      const coarse = pos.has(tag) ? tag : 'X';
      pos.set(coarse, pos.get(coarse)! + 1);
      if (tag === 'SCONJ' || ALWAYS_SUBORDINATE.has(lemma) || (RELATIVE.has(lemma) && unitWords > 1)) clauses += 1;
    }
    closeUnit();

    const entityDetails = doc.entities().out(its.detail) as unknown as { value: string; type: string }[];
    for (const { type, value } of entityDetails) {
      if (type === 'EMOTICON' && !EMOTICONS.has(value)) continue;
      entities.set(type, (entities.get(type) ?? 0) + 1);
    }
  }

  return {
    add(text) {
      const index = messages;
      messages += 1;
      if (!sampled(index)) return;
      analysed += 1;
      const prose = capText(stripCode(text), maxChars);
      if (prose.trim() !== '') analyse(prose);
    },
    result() {
      const averageTokenLength = words > 0 ? letters / words : 0;
      const averageSentenceLength = sentences > 0 ? words / sentences : 0;
      const clausesPerSentence = sentences > 0 ? clauses / sentences : 0;
      const scale = analysed > 0 ? messages / analysed : 0;
      const entityCounts: EntityCount[] = [...entities]
        .map(([type, count]) => ({ type, count: Math.round(count * scale) }))
        .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
      return {
        messages,
        analysed,
        words,
        averageTokenLength,
        averageSentenceLength,
        clausesPerSentence,
        lexicalDiversity: mattr.value(),
        partsOfSpeech: Object.fromEntries(WORD_POS.map((tag) => [tag, words > 0 ? pos.get(tag)! / words : 0])),
        complexity: words > 0 ? Math.round(complexityScore({ meanSentenceLength: averageSentenceLength, meanWordLength: averageTokenLength, clausesPerSentence })) : 0,
        entities: entityCounts,
      };
    },
  };
}
