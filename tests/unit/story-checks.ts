/**
 * What no rendered Wrapped may say, as named rules over the surfaces of ./render-wrapped.tsx.
 * Each rule comes from a bug seen on a real export (see story-pipeline.property.test.tsx).
 * A rule never looks at how a component computes a number: it reads the text a person reads and
 * compares it with the view model (lib/view/wrapped-view.ts), the one source of every fact.
 */
import {
  A_BEFORE_VOWEL_NUMBER,
  AN_BEFORE_CONSONANT_NUMBER,
  LEANS_ON_SHARE,
  NEGATIVE,
  ONE_PLURAL,
  RAW_ERROR,
  RAW_SLUG,
  ZERO_PERCENT,
} from '../fixtures/story-text';
import type { RenderedView, Surface } from './render-wrapped';

export interface Violation {
  rule: RuleId;
  /** "slide:days", "card:ModelsCard", "words:insight:streak", "facts". */
  surface: string;
  /** The offending line (or a description of the mismatch). */
  excerpt: string;
}

export const RULES = {
  'render-error': 'a slide or card threw while rendering',
  'facts-schema': 'the facts failed wrappedFactsSchema (the worker would refuse them)',
  'ungrounded-template': 'the grounding checker threw out a template text',
  'raw-error': 'raw error text (zod issues, [object Object], NaN, undefined, "could not be written", Error:)',
  'one-plural': '"1 <plural noun>"',
  article: '"a" before a number said with a vowel (a 8, a 11, a 18-day), or "an" before one that is not',
  negative: 'a negative number',
  'raw-slug': 'a raw model slug or "unknown" shown as a model',
  'zero-share': 'a "0%" share in a sentence (a claim about nothing)',
  'unbacked-claim': 'a claim the evidence does not back (lib/view/evidence.ts claims)',
  'fact-mismatch': 'a number or name next to a named fact differs from the view model',
} as const;

export type RuleId = keyof typeof RULES;

/** Claims and the phrasings that make them (story copy and the template banks). */
const CLAIM_PHRASES: { claim: keyof RenderedView['view']['claims']; phrase: RegExp }[] = [
  { claim: 'routine', phrase: /part of your routine/i },
  { claim: 'nightOwl', phrase: /night owl/i },
  { claim: 'weekend', phrase: /weekends? too/i },
  // The busiest calendar day; "your busiest day of the week" is the peak weekday, another fact.
  { claim: 'busiestDay', phrase: /busiest day(?! of the week)/i },
  { claim: 'longestConversation', phrase: /longest conversation|talks (?:just )?kept going/i },
  { claim: 'promptStyle', phrase: /short and to the point|just enough context|brief your AI like a pro/i },
];

const number = (text: string) => Number(text.replace(/,/g, ''));

function lines(surface: Surface): string[] {
  return [...surface.text.split('\n'), ...surface.values.map(({ testId, value }) => `[data-value${testId ? ` ${testId}` : ''}] ${value}`)];
}

/** data-testid (CountUp's `stat-<name>`, the summary's `summary-<name>`, …) → the view's value it must show. */
function namedValues(rendered: RenderedView): Record<string, number> {
  const { stats, achievements, models } = rendered.view;
  const out: Record<string, number> = {};
  for (const prefix of ['stat-', 'summary-']) {
    out[`${prefix}conversations`] = stats.conversations;
    out[`${prefix}userMessages`] = stats.userMessages;
    out[`${prefix}assistantMessages`] = stats.assistantMessages;
    out[`${prefix}userWords`] = stats.userWords;
    out[`${prefix}estimatedTokens`] = stats.estimatedTokens;
    out[`${prefix}activeDays`] = stats.activeDays;
    out[`${prefix}longestStreak`] = stats.longestStreak.days;
    out[`${prefix}nightOwlShare`] = stats.nightOwlShare;
    out[`${prefix}codeShare`] = stats.codeShare;
    out[`${prefix}medianPromptWords`] = stats.medianPromptWords;
  }
  if (stats.longestConversation) out['stat-longestConversation'] = stats.longestConversation.messages;
  if (stats.busiestDay) out['stat-busiestDay'] = stats.busiestDay.userMessages;
  out['stat-imagesShown'] = stats.contentKinds.images;
  out['stat-imagesMade'] = stats.contentKinds.generatedImages;
  out['summary-achievements'] = achievements.unlocked.length;
  out['achievements-unlocked'] = achievements.unlocked.length;
  out['achievements-total'] = achievements.all.length;
  out['models-count'] = models.count;
  out['model-list#count'] = models.count;
  return out;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What the person wrote, quoted back: their distinctive words, conversation titles, topic names
 * and keywords. "undefined" as a word they typed, or a title "Fix TypeError: x is undefined", is
 * their text, not a leak: a rule's match inside one of these spans does not count.
 */
function userTextPattern(view: RenderedView['view']): RegExp | null {
  const texts = new Set<string>();
  for (const { word } of view.stats.distinctiveWords) texts.add(word);
  if (view.stats.longestConversation) texts.add(view.stats.longestConversation.title);
  for (const topic of view.ml?.topics ?? []) {
    texts.add(topic.label);
    texts.add(topic.representative.title);
    for (const word of [...topic.keywords, ...topic.concepts]) texts.add(word);
  }
  for (const entry of view.ml?.revisit ?? []) texts.add(entry.title);
  const pieces = [...texts]
    .map((text) => text.trim())
    .filter((text) => text.length > 0)
    .sort((a, b) => b.length - a.length)
    .map((text) => `${/^\w/.test(text) ? '\\b' : ''}${escape(text)}${/\w$/.test(text) ? '\\b' : ''}`);
  return pieces.length > 0 ? new RegExp(pieces.join('|'), 'g') : null;
}

const userTextPatterns = new WeakMap<RenderedView['view'], RegExp | null>();

function checkSurface(rendered: RenderedView, surface: Surface, add: (rule: RuleId, excerpt: string) => void): void {
  const { view } = rendered;
  if (surface.error) add('render-error', surface.error);
  const isWords = surface.id.startsWith('words:');
  const lockedTexts = view.achievements.locked.flatMap((achievement) => [achievement.title, achievement.description, achievement.threshold]);
  if (!userTextPatterns.has(view)) userTextPatterns.set(view, userTextPattern(view));
  const userText = userTextPatterns.get(view)!;
  for (const line of lines(surface)) {
    const spans = userText ? [...line.matchAll(userText)].map((match) => [match.index, match.index + match[0].length] as const) : [];
    /** The pattern matches somewhere outside the user's own text. */
    const says = (pattern: RegExp) =>
      [...line.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))].some(
        (match) => !spans.some(([from, to]) => match.index < to && match.index + match[0].length > from),
      );
    if (says(RAW_ERROR)) add('raw-error', line);
    if (says(ONE_PLURAL)) add('one-plural', line);
    if (says(A_BEFORE_VOWEL_NUMBER) || says(AN_BEFORE_CONSONANT_NUMBER)) add('article', line);
    if (says(NEGATIVE)) add('negative', line);
    if (says(RAW_SLUG)) add('raw-slug', line);
    // Generated words are prose: any 0% there is a claim. Elsewhere, a sentence that leans on it.
    if (says(ZERO_PERCENT) && (isWords || says(LEANS_ON_SHARE))) add('zero-share', line);
    // A locked achievement's title and goal ("Night Owl", "Goal: a quarter of prompts after 10 PM") claim nothing.
    const aboutLocked = lockedTexts.some((text) => line.includes(text));
    for (const { claim, phrase } of CLAIM_PHRASES) {
      if (!view.claims[claim] && !aboutLocked && says(phrase)) add('unbacked-claim', `${line}  (claims.${claim} is false)`);
    }
    // "N of M unlocked" is the view's achievements, ML ones included.
    const unlocked = /([\d,]+) of ([\d,]+) unlocked/.exec(line);
    if (unlocked && (number(unlocked[1]!) !== view.achievements.unlocked.length || number(unlocked[2]!) !== view.achievements.all.length)) {
      add('fact-mismatch', `${line}  (view: ${view.achievements.unlocked.length} of ${view.achievements.all.length})`);
    }
    const modelCount = /([\d,]+) (?:different |distinct )?models? (?:answered|you used|in all)/.exec(line);
    if (modelCount && number(modelCount[1]!) !== view.models.count) add('fact-mismatch', `${line}  (view.models.count: ${view.models.count})`);
    const topModel = /(?:Your go-to model: |of replies came from )(.+)$/.exec(line);
    if (topModel && topModel[1]!.trim() !== view.models.top?.name) add('fact-mismatch', `${line}  (view.models.top: ${view.models.top?.name ?? 'none'})`);
  }
  const expected = namedValues(rendered);
  for (const { testId, value } of surface.values) {
    if (testId === null || !(testId in expected)) continue;
    if (Number(value) !== expected[testId]) add('fact-mismatch', `${testId} shows ${value}  (view: ${expected[testId]})`);
  }
  // The models card and slide list the models by their view names, the top one first.
  if (surface.id === 'card:ModelsCard' || surface.id === 'slide:models') {
    const top = view.models.top;
    if (top && !surface.text.includes(top.name)) add('fact-mismatch', `the top model "${top.name}" is not named  (shown: ${surface.text.split('\n').slice(0, 6).join(' | ')})`);
  }
}

/** Facts that must be the view's own (the generated words and the share card read them). */
function checkFacts(rendered: RenderedView, add: (rule: RuleId, excerpt: string) => void): void {
  const { view, facts } = rendered;
  if (rendered.factsError) add('facts-schema', rendered.factsError.replace(/\s+/g, ' ').slice(0, 300));
  const pairs: [string, unknown, unknown][] = [
    ['conversations', facts.conversations, view.stats.conversations],
    ['userMessages', facts.userMessages, view.stats.userMessages],
    ['activeDays', facts.activeDays, view.stats.activeDays],
    ['modelCount', facts.modelCount, view.models.count],
    ['topModel', facts.topModel?.name ?? null, view.models.top?.name ?? null],
    ['achievements', facts.achievements.length, view.achievements.unlocked.length],
  ];
  for (const [name, fact, expected] of pairs) if (fact !== expected) add('fact-mismatch', `facts.${name} = ${String(fact)}  (view: ${String(expected)})`);
  for (const issue of rendered.written.rejected) add('ungrounded-template', `${issue.kind} "${issue.value}" in: ${issue.text}`);
}

/**
 * A surface shared by several writing styles of one view (it shows no generated words) is the
 * same object in each: checked once.
 */
const checked = new WeakMap<Surface, Violation[]>();

/** Every violation in one rendered view. */
export function checkRendered(rendered: RenderedView): Violation[] {
  const out: Violation[] = [];
  const collect = (surface: string, into: Violation[]) => {
    const seen = new Set<string>();
    return (rule: RuleId, excerpt: string) => {
      const key = `${rule}\u0000${excerpt}`;
      if (seen.has(key)) return;
      seen.add(key);
      into.push({ rule, surface, excerpt: excerpt.length > 400 ? `${excerpt.slice(0, 400)}…` : excerpt });
    };
  };
  checkFacts(rendered, collect('facts', out));
  for (const surface of rendered.surfaces) {
    let found = checked.get(surface);
    if (!found) {
      found = [];
      checkSurface(rendered, surface, collect(surface.id, found));
      checked.set(surface, found);
    }
    out.push(...found);
  }
  return out;
}

/** "period all · ML · casual" */
export function describeRendered(rendered: Pick<RenderedView, 'period' | 'withMl' | 'style'>): string {
  return `period ${rendered.period} · ${rendered.withMl ? 'with ML' : 'no ML'} · ${rendered.style}`;
}
