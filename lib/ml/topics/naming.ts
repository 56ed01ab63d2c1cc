/**
 * Topic names people understand ("Email marketing", "Blood sugar and diet") instead of keyword
 * pairs ("chatgpt · create"), the way BERTopic's KeyBERT-inspired representation names topics:
 *
 * 1. Candidates: noun phrases and their 1–3-word n-grams from the titles and first prompts of each
 *    topic's most central conversations, found with wink-nlp's part-of-speech tags (a phrase ends
 *    in a noun, starts with a noun, adjective or -ing form, never crosses a function word), minus
 *    a domain stop list ("chatgpt", "help", "new chat", "thing", …). A candidate must come up in
 *    several of the topic's conversations; the best `CANDIDATES_PER_TOPIC` by a class-based
 *    TF-IDF over conversations (common in this topic, rare in the others) go on.
 * 2. Ranking: the candidates are embedded by the same encoder as the conversations and scored by
 *    cosine similarity to the topic's centroid, with a small bonus for phrases many of the topic's
 *    conversations share; Maximal Marginal Relevance then orders them for diversity.
 * 3. The name is the best phrase in sentence case, or the best two joined by "and" when both are
 *    short, close in score and about different things; at most `MAX_LABEL_WORDS` words and
 *    `MAX_LABEL_CHARS` characters. When no phrase scores `MIN_PHRASE_SCORE`, the topic keeps its
 *    top c-TF-IDF keywords (nouns, stop list applied), and failing those its representative title.
 *
 * Timing (not a test): naming the demo's 600 conversations (10 topics, 249 phrases) in Node on
 * shared, busy cores: loading wink ~0.7 s (once; the language features share it), tagging and
 * counting ~0.8 s, embedding the phrases with USE-lite 1–3 s. It grows with k, not with n: at
 * most 60 conversations per topic are read and 25 phrases per topic embedded.
 */
import { eng } from 'stopword';
import type { ItsFunction } from 'wink-nlp';
import { getWink } from '../language/wink';
import { dotRows } from './vectors';

/** Embeds texts with the conversations' encoder: row-major unit vectors, one row per text. */
export type EmbedTexts = (texts: readonly string[]) => Promise<Float32Array>;

export interface TaggedToken {
  /** As written. */
  text: string;
  /** Lower case. */
  normal: string;
  lemma: string;
  /** Universal POS tag (NOUN, PROPN, ADJ, VERB, …). */
  pos: string;
  /** wink's token type: word, punctuation, number, url, … */
  type: string;
  /** First word of a sentence or line: its capital says nothing about the word. */
  initial: boolean;
}

export type PosTagger = (text: string) => TaggedToken[];

/** What naming reads of a conversation. */
export interface NamingConversation {
  title: string;
  /** Title + user text (the first prompt follows the title). */
  keywordText: string;
  /** Title + opening user turn, when the caller has it (the pipeline's ConversationInput.text). */
  text?: string;
}

export interface NamingInput {
  conversations: readonly NamingConversation[];
  /** Topic per conversation. */
  assignments: ArrayLike<number>;
  /** Cosine of each conversation to its topic's centroid. */
  centrality: ArrayLike<number>;
  /** k × dim centroids. */
  centroids: Float32Array;
  k: number;
  dim: number;
  /** c-TF-IDF keywords per topic, best first: the fallback. */
  keywords: readonly (readonly string[])[];
  /** The representative's real title per topic (not a first prompt standing in): the last resort. */
  titles?: readonly (string | null)[];
}

export interface NamingOptions {
  embed: EmbedTexts;
  /** Default: wink-nlp with the lite English model. */
  tagger?: PosTagger;
  signal?: AbortSignal;
}

export interface TopicName {
  label: string;
  /** Key phrases in MMR order, best first (display form). */
  phrases: string[];
  /** Cosine of the best phrase to the centroid; 0 when none was embedded. */
  score: number;
  source: 'phrases' | 'keywords' | 'title' | 'none';
}

/** The most central conversations of a topic that candidates are drawn from. */
export const CONVERSATIONS_PER_TOPIC = 60;
/** Candidates per topic that are embedded and ranked. */
export const CANDIDATES_PER_TOPIC = 25;
export const MAX_PHRASE_WORDS = 3;
export const MAX_LABEL_WORDS = 4;
export const MAX_LABEL_CHARS = 32;
/** Below this cosine to the centroid no phrase names the topic; keywords do. */
export const MIN_PHRASE_SCORE = 0.3;
/** Key phrases kept per topic (MMR order). */
export const PHRASES_PER_TOPIC = 5;
/** MMR trade-off: 1 = relevance only, 0 = diversity only (KeyBERT's diversity 0.3). */
export const MMR_LAMBDA = 0.7;
/** A second phrase joins the name ("X and Y") only when it scores at least this share of the first. */
const SECOND_PHRASE_RATIO = 0.92;
/** …and is this unlike the first (cosine between the two phrases). */
const SECOND_PHRASE_MAX_SIMILARITY = 0.6;
/** A lone best word gives way to a longer phrase containing it whose cosine is at most this much lower. */
const EXPAND_TOLERANCE = 0.06;
/** Weight of coverage (share of the topic's sampled conversations with the phrase) in the ranking. */
const COVERAGE_WEIGHT = 0.1;
/** Characters of a first prompt read for candidates (the pipeline embeds ~300). */
const PROMPT_CHARS = 300;
/** A representative's first prompt is cut at a word boundary near this length. */
export const REPRESENTATIVE_CHARS = 60;

/**
 * Words that never name a topic: the assistants themselves, requests and pleasantries, and nouns
 * too vague to say what a chat was about. Any phrase containing one is dropped.
 */
export const DOMAIN_STOP_WORDS: ReadonlySet<string> = new Set([
  // The assistant and the chat itself ("new chat" is also a default title, never read).
  'chatgpt', 'gpt', 'gpts', 'openai', 'gemini', 'bard', 'claude', 'anthropic', 'copilot', 'ai', 'assistant', 'chat', 'chats',
  'conversation', 'conversations', 'answer', 'answers', 'response', 'responses', 'reply', 'question', 'questions',
  'untitled', 'new',
  // Requests and pleasantries.
  'please', 'pls', 'plz', 'help', 'helps', 'helping', 'write', 'writes', 'wrote', 'written', 'create', 'creates', 'created',
  'creating', 'make', 'makes', 'making', 'made', 'let', 'lets', "let's", 'can', 'could', 'would', 'should', 'will', 'might',
  'thanks', 'thank', 'thx', 'hi', 'hello', 'hey', 'ok', 'okay', 'yes', 'yeah', 'sure', 'use', 'uses', 'using', 'used',
  'need', 'needs', 'want', 'wants', 'like', 'get', 'gets', 'got', 'give', 'tell', 'explain', 'know', 'try', 'quick',
  'simple', 'simplest', 'best', 'good', 'better', 'great', 'nice', 'works', 'worked',
  // Vague nouns.
  'something', 'anything', 'everything', 'nothing', 'way', 'ways', 'thing', 'things', 'stuff', 'lot', 'lots', 'bit', 'kind',
  'sort', 'type', 'part', 'rest', 'version', 'versions', 'few', 'one', 'ones', 'info', 'information', 'detail', 'details',
  'example', 'examples', 'step', 'steps', 'point', 'points', 'sense', 'issue',
  // Time words that fill requests ("for next week", "every day").
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'today', 'tonight', 'tomorrow', 'yesterday', 'hour',
  'hours', 'minute', 'minutes', 'now',
]);

const STOP_WORDS: ReadonlySet<string> = new Set([...eng, ...DOMAIN_STOP_WORDS]);

/** Titles the apps give a chat nobody named; never a topic's representative. */
const DEFAULT_TITLE = /^(?:new|untitled|unnamed|no title|empty)?\s*(?:chat|conversation|thread|session|document)?\s*\d*$/i;

/** True for "", "New chat", "Untitled", "Conversation", "New chat 3", "(untitled)", "…". */
export function isDefaultTitle(title: string): boolean {
  const plain = title.replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
  return plain === '' || DEFAULT_TITLE.test(plain);
}

const FENCED_CODE = /```[\s\S]*?(?:```|$)/g;
const INLINE_CODE = /`[^`\n]*`/g;
const URL = /\bhttps?:\/\/\S+/g;

/** The conversation's first prompt: what follows the title in `text` (or `keywordText`). */
export function firstPrompt(conversation: NamingConversation): string {
  const source = conversation.text ?? conversation.keywordText;
  const rest = source.startsWith(conversation.title) ? source.slice(conversation.title.length) : source;
  return rest.trim();
}

/** Whitespace folded and cut at a word boundary near `max` characters, with "…" when cut. */
export function cutAtWord(text: string, max = REPRESENTATIVE_CHARS): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space >= max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.!?-]+$/, '')}…`;
}

/**
 * The representative of a topic: of its conversations by centrality (most central first), the
 * first with a real title; when none has one, the most central one's first prompt stands in.
 */
export function representativeOf(members: readonly number[], conversations: readonly NamingConversation[]): { index: number; title: string; titled: boolean } | null {
  if (members.length === 0) return null;
  for (const index of members) {
    const title = conversations[index]!.title.trim();
    if (!isDefaultTitle(title)) return { index, title, titled: true };
  }
  const index = members[0]!;
  const prompt = cutAtWord(firstPrompt(conversations[index]!).replace(FENCED_CODE, ' ').replace(URL, ' '));
  return { index, title: prompt || conversations[index]!.title.trim(), titled: false };
}

/**
 * A real title as a last-resort name, when it fits and has no stop-listed word ("Help with
 * taxes" doesn't); null otherwise.
 */
export function titleLabel(title: string): string | null {
  const plain = title.replace(/\s+/g, ' ').trim();
  if (!plain || isDefaultTitle(plain) || plain.length > MAX_LABEL_CHARS * 1.5) return null;
  const words = plain.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  if (words.some((word) => DOMAIN_STOP_WORDS.has(word))) return null;
  return sentenceCase(cutAtWord(plain, MAX_LABEL_CHARS + 1));
}

let defaultTagger: Promise<PosTagger> | null = null;

/** wink-nlp as a PosTagger (the singleton the language features use). */
export function winkTagger(): Promise<PosTagger> {
  defaultTagger ??= getWink().then((nlp) => {
    const { its } = nlp;
    return (text: string) => {
      const tokens = nlp.readDoc(text).tokens();
      const values = tokens.out(its.value) as string[];
      const normals = tokens.out(its.normal) as string[];
      // wink's typings mis-declare its.lemma (as lib/ml/language does).
      const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
      const tags = tokens.out(its.pos) as string[];
      const types = tokens.out(its.type) as string[];
      const spaces = tokens.out(its.precedingSpaces) as string[];
      return values.map((value, i) => ({
        text: value,
        normal: normals[i]!,
        lemma: lemmas[i]!,
        pos: tags[i]!,
        type: types[i]!,
        initial: i === 0 || spaces[i]!.includes('\n') || (types[i - 1] === 'punctuation' && /[.?!:;]/.test(values[i - 1]!)),
      }));
    };
  });
  defaultTagger.catch(() => (defaultTagger = null));
  return defaultTagger;
}

/**
 * ChatGPT titles are Title Case ("Heat Pump Subsidies"), which makes the tagger see proper
 * nouns and verbs; capitalised words go lower case first (ALL CAPS and camelCase stay).
 */
export function untitleCase(title: string): string {
  const words = title.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const capitalised = words.filter((word) => /^\p{Lu}\p{Ll}/u.test(word)).length;
  const titleCase = words.length >= 2 && capitalised / words.length >= 0.6;
  return title.replace(/\p{L}[\p{L}'’-]*/gu, (word, offset: number) =>
    /^\p{Lu}[\p{Ll}'’-]*$/u.test(word) && (titleCase || offset === title.search(/\p{L}/u)) ? word.toLowerCase() : word,
  );
}

const NOUNS = new Set(['NOUN', 'PROPN']);
const PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB']);

function usable(token: TaggedToken): boolean {
  if (token.type !== 'word' || !PHRASE_TAGS.has(token.pos)) return false;
  const word = token.normal;
  if (/['’]/.test(word) || STOP_WORDS.has(word) || STOP_WORDS.has(token.lemma)) return false;
  if (word.length < 3 && !/^\p{Lu}{2}$/u.test(token.text)) return false;
  return /\p{L}/u.test(word);
}

const isGerund = (token: TaggedToken) => token.pos === 'VERB' && token.normal.length >= 5 && token.normal.endsWith('ing');

/**
 * A noun phrase (or n-gram of one) ends in a noun ("black holes", not "black holes form") or is a
 * lone -ing form ("gardening"); it starts with a noun, adjective or -ing form, not a verb ("fix loop").
 */
function validSpan(span: readonly TaggedToken[]): boolean {
  const first = span[0]!;
  const last = span[span.length - 1]!;
  if (span.length === 1) return NOUNS.has(first.pos) || isGerund(first);
  if (first.pos === 'VERB' && !isGerund(first)) return false;
  return NOUNS.has(last.pos);
}

const WH_WORDS = new Set(['how', 'why', 'when', 'where', 'what', 'which', 'who']);
/** Wh-words that open an embedded question straight onto its subject ("explain how black holes form"). */
const WH_ADVERBS = new Set(['how', 'why', 'when', 'where']);
const DO_FORMS = new Set(['do', 'does', 'did']);
const PERSONAL_PRONOUNS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it']);
const CLAUSE_BREAKS = new Set(['ADP', 'ADV', 'SCONJ', 'CCONJ', 'PART', 'PUNCT', 'AUX']);
const CONTENT = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB']);

/**
 * "How do black holes form?", "Explain how black holes form", "Why does my starter smell like
 * acetone?": in these questions the main verb follows its subject, and the tagger, seeing no verb
 * yet, often calls it a noun ("black holes form" would become a phrase). When the clause after
 * wh-word + do/does/did, or after how/why/when/where (up to a preposition, adverb, auxiliary or
 * punctuation), has a noun subject and ends in a noun, that noun is retagged as a verb and any
 * verb inside the subject as a noun ("compound/VERB interest"). A pronoun subject ("How do I
 * handle…") is left alone: the tagger gets those right. Returns a new array.
 */
export function retagDoQuestions(tokens: readonly TaggedToken[]): TaggedToken[] {
  const out = [...tokens];
  for (let i = 0; i + 2 < out.length; i++) {
    const wh = out[i]!.normal;
    const start = WH_WORDS.has(wh) && DO_FORMS.has(out[i + 1]!.normal) ? i + 2 : WH_ADVERBS.has(wh) ? i + 1 : -1;
    if (start < 0) continue;
    let end = start;
    while (end < out.length && !CLAUSE_BREAKS.has(out[end]!.pos) && out[end]!.type !== 'punctuation' && (end === start || !out[end]!.initial)) end++;
    const last = out[end - 1]!;
    const content = out.slice(start, end).filter((token) => CONTENT.has(token.pos)).length;
    // A verb or auxiliary right after the clause is its verb ("What does a product manager do?").
    const verbAfter = end < out.length && (out[end]!.pos === 'AUX' || out[end]!.pos === 'VERB');
    // A verb past the clause's first word is its verb ("why do central banks raise interest rates").
    const hasVerb = out.slice(start + 1, end).some((token) => token.pos === 'VERB' && !isGerund(token));
    if (end > start && !verbAfter && !hasVerb && !PERSONAL_PRONOUNS.has(out[start]!.normal) && content >= 2 && NOUNS.has(last.pos)) {
      if (out[start]!.pos === 'VERB' && !isGerund(out[start]!)) out[start] = { ...out[start]!, pos: 'NOUN' };
      out[end - 1] = { ...last, pos: 'VERB' };
    }
    i = Math.max(i, end - 1);
  }
  return out;
}

/**
 * Candidate phrases of one text: every 1–3-word span of a run of usable words that passes
 * `validSpan`. Key: lower-case words with the last one lemmatised ("black holes" = "black hole").
 */
export function candidatePhrases(tokens: readonly TaggedToken[]): { key: string; surface: string[] }[] {
  const found: { key: string; surface: string[] }[] = [];
  let run: TaggedToken[] = [];
  const flush = () => {
    for (let start = 0; start < run.length; start++) {
      for (let length = 1; length <= MAX_PHRASE_WORDS && start + length <= run.length; length++) {
        const span = run.slice(start, start + length);
        if (!validSpan(span)) continue;
        const last = span[span.length - 1]!;
        const key = [...span.slice(0, -1).map((t) => t.normal), last.lemma || last.normal].join(' ');
        found.push({ key, surface: span.map((t) => t.text) });
      }
    }
    run = [];
  };
  for (const token of tokens) {
    if (usable(token)) run.push(token);
    else flush();
  }
  flush();
  return found;
}

/** Most frequent value of a count map (ties: first seen). */
function mostFrequent(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

interface Candidate {
  key: string;
  /** Sampled conversations per topic that contain it. */
  docs: Map<number, number>;
  /** Lower-case surface phrases ("black holes", "black hole"), counted. */
  forms: Map<string, number>;
}

/** Sentence case: the first letter up ("iPhone", "useEffect" stay), the rest as the words are usually written. */
export function sentenceCase(text: string): string {
  const first = text.split(' ')[0]!;
  return first === first.toLowerCase() ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

function add<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** Maximal Marginal Relevance order of `relevance` (indices into it), at most `limit`. */
export function mmr(relevance: readonly number[], similarity: (a: number, b: number) => number, limit: number, lambda = MMR_LAMBDA): number[] {
  const chosen: number[] = [];
  const left = new Set(relevance.map((_, i) => i));
  while (chosen.length < limit && left.size > 0) {
    let best = -1;
    let bestScore = -Infinity;
    for (const i of left) {
      let redundancy = 0;
      for (const j of chosen) redundancy = Math.max(redundancy, similarity(i, j));
      const score = lambda * relevance[i]! - (1 - lambda) * redundancy;
      if (score > bestScore || (score === bestScore && i < best)) {
        best = i;
        bestScore = score;
      }
    }
    chosen.push(best);
    left.delete(best);
  }
  return chosen;
}

const wordsOf = (phrase: string) => phrase.split(' ');

/** Shares a word (or a word's first 5 letters: "market"/"marketing") with another phrase. */
function overlaps(a: string, b: string): boolean {
  const stems = new Set(wordsOf(a.toLowerCase()).map((w) => w.slice(0, 5)));
  return wordsOf(b.toLowerCase()).some((w) => stems.has(w.slice(0, 5)));
}

/**
 * The best phrase, or the best two joined by "and" when both are short, close in score and about
 * different things; a name in `used` (lower case) moves on to the next phrase. Null when all are taken.
 */
export function composeLabel(
  ranked: readonly { phrase: string; score: number }[],
  similarity: (a: number, b: number) => number,
  used: ReadonlySet<string> = new Set(),
): string | null {
  for (let first = 0; first < ranked.length; first++) {
    const label = composeFrom(ranked, first, similarity);
    if (!used.has(label.toLowerCase())) return label;
  }
  return null;
}

function composeFrom(ranked: readonly { phrase: string; score: number }[], first: number, similarity: (a: number, b: number) => number): string {
  const lead = ranked[first]!;
  const second = ranked.findIndex((c, i) => i > first && !overlaps(lead.phrase, c.phrase));
  const other = second >= 0 ? ranked[second] : undefined;
  if (other && other.score >= lead.score * SECOND_PHRASE_RATIO && similarity(first, second) <= SECOND_PHRASE_MAX_SIMILARITY) {
    const joined = `${lead.phrase} and ${other.phrase}`;
    if (wordsOf(joined).length <= MAX_LABEL_WORDS && joined.length <= MAX_LABEL_CHARS) return sentenceCase(joined);
  }
  return sentenceCase(fitLabel(lead.phrase));
}

function fitLabel(phrase: string): string {
  const words = wordsOf(phrase).slice(0, MAX_LABEL_WORDS);
  while (words.length > 1 && words.join(' ').length > MAX_LABEL_CHARS) words.pop();
  const text = words.join(' ');
  return text.length > MAX_LABEL_CHARS ? `${text.slice(0, MAX_LABEL_CHARS - 1)}…` : text;
}

/**
 * The fallback name from c-TF-IDF keywords: the first two that aren't stop-listed (and, when a
 * noun test is given, are nouns), "Sourdough and starter"; null when none is left.
 */
export function keywordLabel(keywords: readonly string[], isNoun: (word: string) => boolean = () => true): string | null {
  const kept = keywords.filter((word) => !STOP_WORDS.has(word) && isNoun(word)).slice(0, 2);
  if (kept.length === 0) return null;
  return sentenceCase(fitLabel(kept.join(' and ')));
}

/** Removes stop-listed words from a keyword list. */
export function withoutStopWords(words: readonly string[]): string[] {
  return words.filter((phrase) => !wordsOf(phrase).some((word) => DOMAIN_STOP_WORDS.has(word)));
}

/** Names every topic; see the file comment. */
export async function nameTopics(input: NamingInput, options: NamingOptions): Promise<TopicName[]> {
  const { conversations, assignments, centrality, centroids, k, dim } = input;
  const tagger = options.tagger ?? (await winkTagger());

  // The most central conversations of each topic.
  const members: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < assignments.length && i < conversations.length; i++) {
    const topic = assignments[i]!;
    if (topic >= 0 && topic < k) members[topic]!.push(i);
  }
  const samples = members.map((list) => [...list].sort((a, b) => centrality[b]! - centrality[a]! || a - b).slice(0, CONVERSATIONS_PER_TOPIC));

  // Candidates, how many sampled conversations of each topic hold them, and how words are written.
  const candidates = new Map<string, Candidate>();
  const casing = new Map<string, Map<string, number>>();
  const nouns = new Map<string, { noun: number; all: number }>();
  const noteWord = (token: TaggedToken, fromTitle: boolean) => {
    if (token.type !== 'word') return;
    const tally = nouns.get(token.normal) ?? { noun: 0, all: 0 };
    tally.all++;
    if (NOUNS.has(token.pos)) tally.noun++;
    nouns.set(token.normal, tally);
    // A capital at the start of a sentence, or one untitleCase took away, says nothing.
    if (token.initial || (fromTitle && token.text === token.normal)) return;
    const forms = casing.get(token.normal) ?? new Map<string, number>();
    add(forms, token.text);
    casing.set(token.normal, forms);
  };
  // Tag the title and first prompt of every sampled conversation (and learn how words are written).
  const tagged = samples.map((sample) =>
    sample.map((index) => {
      options.signal?.throwIfAborted();
      const conversation = conversations[index]!;
      const title = isDefaultTitle(conversation.title) ? '' : untitleCase(conversation.title);
      const prompt = firstPrompt(conversation).slice(0, PROMPT_CHARS).replace(FENCED_CODE, ' ').replace(INLINE_CODE, ' ').replace(URL, ' ');
      return ([[title, true], [prompt, false]] as const)
        .filter(([text]) => text.trim() !== '')
        .map(([text, fromTitle]) => {
          const tokens = tagger(text);
          for (const token of tokens) noteWord(token, fromTitle);
          return tokens;
        });
    }),
  );
  // A word usually written with a capital mid-sentence is a name, whatever the tagger said
  // ("in React" tags React as a verb).
  const properNouns = new Set<string>();
  for (const [word, forms] of casing) {
    const written = mostFrequent(forms)!;
    if (written !== word && forms.get(written)! * 2 > sumOf(forms)) properNouns.add(word);
  }
  tagged.forEach((documents, topic) => {
    for (const texts of documents) {
      const seen = new Set<string>();
      for (const original of texts) {
        const tokens = retagDoQuestions(original).map((token) => (properNouns.has(token.normal) && token.type === 'word' ? { ...token, pos: 'PROPN' } : token));
        for (const { key, surface } of candidatePhrases(tokens)) {
          let candidate = candidates.get(key);
          if (!candidate) {
            candidate = { key, docs: new Map(), forms: new Map() };
            candidates.set(key, candidate);
          }
          add(candidate.forms, surface.join(' ').toLowerCase());
          if (!seen.has(key)) {
            seen.add(key);
            add(candidate.docs, topic);
          }
        }
      }
    }
  });

  // Capitals only where the word is usually written with one (React, SQL, Lisbon).
  const display = (candidate: Candidate) =>
    wordsOf(mostFrequent(candidate.forms) ?? candidate.key)
      .map((word) => (properNouns.has(word) ? mostFrequent(casing.get(word)!)! : word))
      .join(' ');

  // Shortlist per topic by class-based TF-IDF over sampled conversations.
  const sampled = samples.reduce((sum, sample) => sum + sample.length, 0);
  const averagePerTopic = sampled / Math.max(1, k);
  const shortlists: { candidate: Candidate; coverage: number; tfidf: number }[][] = samples.map((sample, topic) => {
    const needed = Math.min(sample.length, Math.max(2, Math.ceil(sample.length * 0.05)));
    const list: { candidate: Candidate; coverage: number; tfidf: number }[] = [];
    for (const candidate of candidates.values()) {
      const docs = candidate.docs.get(topic) ?? 0;
      if (docs < Math.max(1, needed)) continue;
      const across = sumOf(candidate.docs);
      const coverage = docs / sample.length;
      list.push({ candidate, coverage, tfidf: coverage * Math.log(1 + averagePerTopic / across) });
    }
    list.sort((a, b) => b.tfidf - a.tfidf || b.coverage - a.coverage || (a.candidate.key < b.candidate.key ? -1 : 1));
    return list.slice(0, CANDIDATES_PER_TOPIC);
  });

  // Embed every shortlisted phrase once.
  const texts = [...new Set(shortlists.flatMap((list) => list.map((entry) => display(entry.candidate))))];
  options.signal?.throwIfAborted();
  const vectors = texts.length > 0 ? await options.embed(texts) : new Float32Array(0);
  const row = new Map(texts.map((text, i) => [text, i]));
  const centroid = new Float32Array(dim);

  const isNoun = (word: string) => {
    const tally = nouns.get(word);
    return !tally || tally.noun * 2 >= tally.all;
  };

  // Topics are named largest first; a name already taken goes to the next phrase.
  const used = new Set<string>();
  return shortlists.map((list, topic) => {
    const name = nameOne(list, topic);
    used.add(name.label.toLowerCase());
    return name;
  });

  function nameOne(list: readonly { candidate: Candidate; coverage: number }[], topic: number): TopicName {
    const fallback = (phrases: string[] = [], score = 0): TopicName => {
      const label = keywordLabel(input.keywords[topic] ?? [], isNoun);
      if (label) return { label, phrases, score, source: 'keywords' };
      const title = titleLabel(input.titles?.[topic] ?? '');
      if (title && !used.has(title.toLowerCase())) return { label: title, phrases, score, source: 'title' };
      return { label: `Topic ${topic + 1}`, phrases, score, source: 'none' };
    };
    if (list.length === 0) return fallback();
    centroid.set(centroids.subarray(topic * dim, topic * dim + dim));
    const norm = Math.sqrt(dotRows(centroid, 0, centroid, 0, dim)) || 1;
    const phrases = list.map((entry) => display(entry.candidate));
    const rows = phrases.map((phrase) => row.get(phrase)!);
    const cosine = rows.map((r) => dotRows(vectors, r, centroid, 0, dim) / norm);
    const relevance = cosine.map((c, i) => c + COVERAGE_WEIGHT * Math.sqrt(list[i]!.coverage));
    const similarity = (a: number, b: number) => dotRows(vectors, rows[a]!, vectors, rows[b]!, dim);
    const order = mmr(relevance, similarity, PHRASES_PER_TOPIC);
    const head = order[0]!;
    if (cosine[head]! < MIN_PHRASE_SCORE) return fallback(order.map((i) => phrases[i]!), cosine[head]!);
    // A lone word ("Email") gives way to a phrase with it that scores about as well ("Email marketing").
    if (wordsOf(phrases[head]!).length === 1) {
      const word = phrases[head]!.toLowerCase();
      let wider = -1;
      phrases.forEach((phrase, i) => {
        if (i === head || !wordsOf(phrase.toLowerCase()).includes(word) || cosine[i]! < cosine[head]! - EXPAND_TOLERANCE) return;
        if (wider < 0 || relevance[i]! > relevance[wider]!) wider = i;
      });
      if (wider >= 0) {
        if (order.includes(wider)) order.splice(order.indexOf(wider), 1);
        order.unshift(wider);
      }
    }
    const ranked = order.map((i) => ({ phrase: phrases[i]!, score: relevance[i]! }));
    const label = composeLabel(ranked, (a, b) => similarity(order[a]!, order[b]!), used);
    const keyPhrases = order.map((i) => phrases[i]!);
    return label ? { label, phrases: keyPhrases, score: cosine[head]!, source: 'phrases' } : fallback(keyPhrases, cosine[head]!);
  }
}

function sumOf(map: Map<unknown, number>): number {
  let sum = 0;
  for (const value of map.values()) sum += value;
  return sum;
}
