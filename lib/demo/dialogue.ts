/**
 * What gets said: prompts, follow-ups and assistant answers assembled from the vocabulary. Answers
 * vary from one line to several screens, with code fences, lists and headings where they fit.
 */
import { codeFence, codeSample } from './code-samples';
import {
  ANSWER_CLOSERS,
  ANSWER_OPENERS,
  APOLOGIES,
  COMPLAINTS,
  NUDGES,
  PRAISE,
  THANKS_REPLIES,
} from './phrases';
import type { Rng } from './prng';
import { VOCABULARY, type Category, type Phrase, type Topic } from './vocabulary';

export interface Subject {
  category: Category;
  topic: Topic;
}

/** How the previous user message landed; it shapes the reply. */
export type Mood = 'neutral' | 'complaint' | 'praise';

export interface UserLine {
  text: string;
  mood: Mood;
}

const CITATION_START = '\ue200';
const CITATION_SEPARATOR = '\ue202';
const CITATION_END = '\ue201';

export function openingPrompt(rng: Rng, { category, topic }: Subject): string {
  const prompt = rng.pick(VOCABULARY[category].openings)(topic.subject);
  if (topic.language && rng.chance(0.35)) {
    return `${prompt}\n\nHere's what I have:\n\n${codeFence(topic.language, codeSample(rng, topic.language))}`;
  }
  return prompt;
}

export function followUp(rng: Rng, { category, topic }: Subject): UserLine {
  const roll = rng.next();
  if (roll < 0.12) return { text: rng.pick(COMPLAINTS), mood: 'complaint' };
  if (roll < 0.22) return { text: rng.pick(PRAISE), mood: 'praise' };
  if (roll < 0.34) return { text: rng.pick(NUDGES), mood: 'neutral' };
  if (roll < 0.4) {
    const other = rng.pick(VOCABULARY[category].topics);
    return { text: `Related: ${rng.pick(VOCABULARY[category].openings)(other.subject)}`, mood: 'neutral' };
  }
  return { text: rng.pick(VOCABULARY[category].followUps)(topic.subject), mood: 'neutral' };
}

/** The rewritten prompt of an edited user turn. */
export function editedPrompt(rng: Rng, original: string): string {
  return rng.pick([
    `${original} Keep it short.`,
    `Actually, let me rephrase: ${original}`,
    `${original}\n\n(No external libraries, please.)`,
    `${original} Assume I'm a beginner.`,
  ]);
}

/** Deals a category's sentences without repeats (until they run out), so one answer never says the same thing twice. */
class SentenceDeck {
  private readonly order: Phrase[];
  private position = 0;

  constructor(
    private readonly rng: Rng,
    private readonly subject: Subject,
  ) {
    this.order = [...VOCABULARY[subject.category].sentences];
    this.shuffle();
  }

  private shuffle(): void {
    for (let i = this.order.length - 1; i > 0; i--) {
      const j = this.rng.int(0, i);
      const a = this.order[i];
      const b = this.order[j];
      if (a && b) [this.order[i], this.order[j]] = [b, a];
    }
  }

  paragraph(sentences: number): string {
    const out: string[] = [];
    for (let i = 0; i < sentences; i++) {
      if (this.position === this.order.length) {
        this.position = 0;
        this.shuffle();
      }
      const phrase = this.order[this.position++];
      if (phrase) out.push(phrase(this.subject.topic.subject));
    }
    return out.join(' ');
  }
}

/** Appends citation markers the way browsing answers carry them: `cite turn0searchN` in private-use brackets. */
function cite(rng: Rng, sentence: string): string {
  let marker = CITATION_START + 'cite';
  for (let i = rng.int(1, 2); i > 0; i--) marker += `${CITATION_SEPARATOR}turn0search${rng.int(0, 5)}`;
  return sentence + ' ' + marker + CITATION_END;
}

export function answer(rng: Rng, subject: Subject, mood: Mood, options: { citations?: boolean } = {}): string {
  const deck = new SentenceDeck(rng, subject);
  if (mood === 'praise') {
    const thanks = rng.pick(THANKS_REPLIES);
    return rng.chance(0.4) ? `${thanks} ${deck.paragraph(1)}` : thanks;
  }
  const blocks: string[] = [];
  if (mood === 'complaint') blocks.push(rng.pick(APOLOGIES));
  else if (rng.chance(0.6)) blocks.push(rng.pick(ANSWER_OPENERS)(subject.topic.subject));

  const size = rng.weighted([['short', 20], ['medium', 50], ['long', 30]] as const);
  const paragraphs = size === 'short' ? 1 : size === 'medium' ? rng.int(2, 3) : rng.int(4, 7);
  const language = subject.topic.language;
  const codeAfter = language && rng.chance(0.75) ? 1 : -1;
  for (let i = 0; i < paragraphs; i++) {
    if (size === 'long' && i > 0 && rng.chance(0.35)) blocks.push(`### ${rng.pick(['Why', 'How', 'Option ' + i, 'Next steps', 'Caveats'])}`);
    let body = deck.paragraph(size === 'short' ? rng.int(1, 2) : rng.int(2, 4));
    if (options.citations) body = cite(rng, body);
    blocks.push(body);
    if (language && (i === codeAfter || (size === 'long' && i === 3 && rng.chance(0.5)))) {
      blocks.push(codeFence(language, codeSample(rng, language)));
    }
    if (size === 'long' && i === 1) {
      const steps: string[] = [];
      const stepCount = rng.int(3, 6);
      for (let step = 1; step <= stepCount; step++) steps.push(`${step}. **Step ${step}.** ${deck.paragraph(1)}`);
      blocks.push(steps.join('\n'));
    }
  }
  if (rng.chance(0.35)) blocks.push(rng.pick(ANSWER_CLOSERS));
  return blocks.join('\n\n');
}

/** Search results as the browsing tool shows them to the model. */
export function searchResults(rng: Rng, subject: Subject): string {
  const deck = new SentenceDeck(rng, subject);
  const lines: string[] = [];
  for (let i = 0; i < 6; i++) {
    const site = rng.pick(['news.example', 'reviews.example', 'forum.example', 'gov.example', 'blog.example']);
    lines.push(`【${i}†${subject.topic.title} — ${site}†${site}】\n${deck.paragraph(1)}`);
  }
  return lines.join('\n\n');
}

/** Spoken lines are short and conversational. */
export function spokenAnswer(rng: Rng, subject: Subject): string {
  return new SentenceDeck(rng, subject).paragraph(rng.int(1, 3));
}
