/**
 * The one language layer: every count that reaches a person goes through here, so "1
 * conversation", "2 conversations", "an 18-day streak" and "ChatGPT, Claude and Gemini" are
 * decided in one place (Intl.PluralRules, Intl.ListFormat), never by gluing a number to a noun.
 */
import { formatCompact, formatNumber } from './format';

const LOCALE = 'en-US';
const cardinal = new Intl.PluralRules(LOCALE);
const ordinalRules = new Intl.PluralRules(LOCALE, { type: 'ordinal' });
const conjunction = new Intl.ListFormat(LOCALE, { style: 'long', type: 'conjunction' });
const disjunction = new Intl.ListFormat(LOCALE, { style: 'long', type: 'disjunction' });
const oneDecimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

/** Nouns whose plural is not "+s"; everything else gets an "s". */
const IRREGULAR_PLURALS: Record<string, string> = {
  reply: 'replies',
  story: 'stories',
  category: 'categories',
  query: 'queries',
  activity: 'activities',
  entry: 'entries',
  copy: 'copies',
  person: 'people',
  child: 'children',
  match: 'matches',
  search: 'searches',
  branch: 'branches',
  batch: 'batches',
  speech: 'speeches',
  quiz: 'quizzes',
};

export type NumberStyle = 'number' | 'compact' | 'decimal';

const FORMATTERS: Record<NumberStyle, (value: number) => string> = {
  number: formatNumber,
  compact: formatCompact,
  decimal: (value) => oneDecimal.format(value),
};

/** "conversation" → "conversations"; a phrase pluralises its last word ("image file" → "image files"). */
export function pluralOf(noun: string): string {
  const match = /^(.*?)(\S+)$/.exec(noun);
  if (!match) return noun;
  const [, head, last] = match as unknown as [string, string, string];
  const lower = last.toLowerCase();
  const irregular = IRREGULAR_PLURALS[lower];
  if (irregular) return head + (last[0] === lower[0] ? irregular : irregular[0]!.toUpperCase() + irregular.slice(1));
  if (/[^aeiou]y$/i.test(last)) return `${head}${last.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(last)) return `${head}${last}es`;
  return `${head}${last}s`;
}

/**
 * The noun form for a count as it is shown: 1 → singular, everything else (0, 2, 1.5) →
 * plural. The count is judged after formatting, so 0.96 shown as "1" reads "1 word".
 */
export function nounFor(count: number, noun: string, plural = pluralOf(noun), style: NumberStyle = 'number'): string {
  const formatted = FORMATTERS[style](count);
  // "1K", "1.2M": a compact count is thousands or more, always plural.
  if (/[a-z]/i.test(formatted)) return plural;
  const shown = Number(formatted.replace(/[^\d.-]/g, ''));
  return cardinal.select(Number.isFinite(shown) ? shown : count) === 'one' ? noun : plural;
}

/** "1 conversation", "2,784 conversations", "1.2K messages". Negative or non-finite counts show as 0. */
export function countOf(count: number, noun: string, { plural, style = 'number' }: { plural?: string; style?: NumberStyle } = {}): string {
  const safe = Number.isFinite(count) ? Math.max(0, count) : 0;
  return `${FORMATTERS[style](safe)} ${nounFor(safe, noun, plural ?? pluralOf(noun), style)}`;
}

/** 1 → "1st", 22 → "22nd", 113 → "113th". */
export function ordinal(value: number): string {
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' }[ordinalRules.select(value)];
  return `${formatNumber(value)}${suffix}`;
}

/**
 * "a" or "an" before a word or a number as it is spoken: an 8, an 11, an 18, an 80, an 18,000,
 * an hour, an MP3; a 7, a 100, a user.
 */
export function articleFor(phrase: string): 'a' | 'an' {
  const text = phrase.trim();
  const digits = /^[\d,]+/.exec(text)?.[0].replace(/,/g, '');
  if (digits) {
    const integer = digits.replace(/^0+(?=\d)/, '');
    // The spoken number starts with its leading group of up to three digits ("18" of 18,000).
    const group = integer.slice(0, integer.length % 3 || 3);
    return group.startsWith('8') || group === '11' || group === '18' ? 'an' : 'a';
  }
  const word = text.toLowerCase();
  if (/^(hour|honest|heir|honou?r)/.test(word)) return 'an';
  if (/^(uni|use|usu|uti|eu|one\b|once)/.test(word)) return 'a';
  // Letters said as letters: an MP3, an FAQ, a PDF.
  if (/^[A-Z]{2,}/.test(text)) return /^[AEFHILMNORSX]/.test(text) ? 'an' : 'a';
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

/** "an 18-day streak", "a 7-day streak". */
export function withArticle(phrase: string): string {
  return `${articleFor(phrase)} ${phrase}`;
}

/** "18-day", the adjective form of a count (always singular). */
export function countAdjective(count: number, unit: string): string {
  return `${formatNumber(count)}-${unit}`;
}

/** ["a"] → "a"; ["a","b"] → "a and b"; three or more → "a, b, and c". */
export function listOf(items: readonly string[], type: 'and' | 'or' = 'and'): string {
  return (type === 'and' ? conjunction : disjunction).format(items);
}

/** "one", "two" … "ten" for small counts in prose; digits above ten. */
export function spelledCount(count: number): string {
  const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  return Number.isInteger(count) && count >= 0 && count <= 10 ? words[count]! : formatNumber(count);
}
