/**
 * The grounding checker: reads every number, date, month, year, weekday, hour, quoted name and
 * model name a text states and checks each against what the facts can back (./grounding/derivable).
 * It knows nothing of how the templates are worded, so it checks template and model output alike.
 * Spans are read most specific first (quotes, then dates, hours, percents, numbers) and blanked
 * once read, so "March 16th, 2026" is one date, not a month, a day and a number.
 */
import type { WrappedFacts } from './facts';
import type { GroundingIssue } from './types';
import { derivable, normaliseName, type Derivable } from './grounding/derivable';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_WORD = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;
const ORDINAL = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const SPELLED = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const WEEKDAY_WORD = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b/g;
const MODEL_WORD = /\b(?:gpt|chatgpt|claude|gemini|llama|mistral|o[1-9])(?:[-.]?[\w.]+)*\b/gi;
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?`;

function monthIndex(word: string): number {
  const prefix = word.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(prefix));
}

function parseNumber(whole: string, fraction?: string): number {
  return Number(`${whole.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`);
}

/** Runs `check` on every match and blanks the match, so later passes do not read it again. */
function consume(text: string, pattern: RegExp, check: (match: RegExpExecArray) => void): string {
  return text.replace(pattern, (...args) => {
    const groups = args.slice(0, -2) as string[];
    const match = Object.assign([...groups], { index: args.at(-2) as number, input: args.at(-1) as string }) as unknown as RegExpExecArray;
    check(match);
    return ' ';
  });
}

export function checkGrounding(text: string, facts: WrappedFacts): GroundingIssue[] {
  return checkAgainst(text, derivable(facts));
}

/** The same check with the derivable values computed once (for many texts of one Wrapped). */
export function checkAgainst(text: string, known: Derivable): GroundingIssue[] {
  const issues: GroundingIssue[] = [];
  const flag = (kind: GroundingIssue['kind'], value: string) => issues.push({ kind, value: value.trim(), text });
  let rest = text;

  // Quoted spans name topics (or the persona, an achievement, the model).
  rest = consume(rest, /["“”]([^"“”\n]{1,120})["“”]/g, ([span, inner]) => {
    if (!known.quotable.has(normaliseName(inner!))) flag('topic', span!);
  });
  // Fact strings may be repeated as they stand, numbers and all.
  if (known.verbatim) rest = rest.replace(known.verbatim, ' ');
  rest = consume(rest, MODEL_WORD, ([word]) => {
    if (!known.models.has(word!.toLowerCase())) flag('name', word!);
  });

  const dated = (month: number, day: number, year?: string) => {
    const key = `${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return known.days.has(year ? `${year}-${key}` : key);
  };
  // "March 16th, 2026", "Mar 16", "16 March 2026", "the 16th of March".
  rest = consume(rest, new RegExp(String.raw`\b(${MONTH_WORD})\s+${ORDINAL}\b(?:,?\s+(\d{4})\b)?`, 'g'), ([span, month, day, year]) => {
    if (!dated(monthIndex(month!), Number(day), year)) flag('date', span!);
  });
  rest = consume(rest, new RegExp(String.raw`\b${ORDINAL}\s+(?:of\s+)?(${MONTH_WORD})(?:,?\s+(\d{4})\b)?`, 'g'), ([span, day, month, year]) => {
    if (!dated(monthIndex(month!), Number(day), year)) flag('date', span!);
  });
  // "March 2026", then a month alone ("May" only where it cannot be the verb).
  rest = consume(rest, new RegExp(String.raw`\b(${MONTH_WORD})\s+(\d{4})\b`, 'g'), ([span, month, year]) => {
    if (!known.monthYears.has(`${year}-${String(monthIndex(month!) + 1).padStart(2, '0')}`)) flag('date', span!);
  });
  rest = consume(rest, /\b(January|February|March|April|June|July|August|September|October|November|December|(?<=\b(?:in|of|since|during|until|through|from|by)\s)May)\b/g, ([month]) => {
    if (!known.months.has(monthIndex(month!))) flag('date', month!);
  });
  rest = consume(rest, WEEKDAY_WORD, ([span, weekday]) => {
    if (!known.weekdays.has(weekday!)) flag('date', span!);
  });
  // Hours: "11 PM", "11pm", "11 p.m.", "7:00 AM", "23:00".
  rest = consume(rest, /\b(\d{1,2})(?::00)?\s?([ap])\.?m\b\.?/gi, ([span, hour, half]) => {
    const h = (Number(hour) % 12) + (half!.toLowerCase() === 'p' ? 12 : 0);
    if (!known.hours.has(h)) flag('date', span!);
  });
  rest = consume(rest, /\b([01]?\d|2[0-3]):00\b/g, ([span, hour]) => {
    if (!known.hours.has(Number(hour))) flag('date', span!);
  });
  // A lone ordinal is a day of the month.
  rest = consume(rest, /\b(\d{1,2})(?:st|nd|rd|th)\b/g, ([span, day]) => {
    if (!known.daysOfMonth.has(Number(day))) flag('date', span!);
  });
  rest = consume(rest, new RegExp(String.raw`(?<![\w.])${NUMBER}\s?(?:%|percent\b|per cent\b)`, 'gi'), ([span, whole, fraction]) => {
    if (!known.percents.has(parseNumber(whole!, fraction))) flag('number', span!);
  });
  // Compact counts: "12.4K", "1.2M", "3k".
  rest = consume(rest, new RegExp(String.raw`(?<![\w.])${NUMBER}\s?([KkMB])\b`, 'g'), ([span, whole, fraction, unit]) => {
    const scale = { k: 1e3, K: 1e3, M: 1e6, B: 1e9 }[unit!]!;
    if (!known.numbers.has(Math.round(parseNumber(whole!, fraction) * scale))) flag('number', span!);
  });
  rest = consume(rest, new RegExp(String.raw`(?<![\w.])${NUMBER}(?![\w])`, 'g'), ([span, whole, fraction]) => {
    const value = parseNumber(whole!, fraction);
    const isYear = !fraction && /^\d{4}$/.test(whole!) && value >= 1970 && value < 2200;
    if (isYear ? !known.years.has(value) : !known.numbers.has(value)) flag(isYear ? 'date' : 'number', span!);
  });
  consume(rest, new RegExp(String.raw`\b(${SPELLED.join('|')})\b`, 'gi'), ([word]) => {
    if (!known.numbers.has(SPELLED.indexOf(word!.toLowerCase()))) flag('number', word!);
  });
  return issues;
}
