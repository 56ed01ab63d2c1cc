/**
 * The PII scrub every shared string passes through: emails, URLs, IP addresses, phone numbers
 * and person names become neutral tokens. Shared words come from the analysis and the text
 * generator, not from messages, but topic labels are built from message words and a server
 * model may echo anything, so the scrub assumes the worst. It is tuned not to touch the app's
 * own words: years, percentages, counts like "12,408", dates, persona and topic names.
 */
import { countOf, listOf } from '../view/language';
import { GIVEN_NAMES } from './given-names';
import type { SharePayload } from './payload';

export const SCRUB_KINDS = ['email', 'url', 'ip', 'phone', 'name'] as const;
export type ScrubKind = (typeof SCRUB_KINDS)[number];

/** What a scrub took out, one entry per kind found, in SCRUB_KINDS order. */
export type ScrubCount = { kind: ScrubKind; count: number };

export interface ScrubResult {
  text: string;
  removed: ScrubCount[];
}

const SCRUB_TOKENS: Record<ScrubKind, string> = {
  email: '[email]',
  url: '[link]',
  ip: '[IP address]',
  phone: '[phone]',
  name: '[name]',
};

type Tally = Record<ScrubKind, number>;
const emptyTally = (): Tally => ({ email: 0, url: 0, ip: 0, phone: 0, name: 0 });

// Letters and digits in any script: JavaScript's \b only knows ASCII, so "José" needs these.
const NOT_WORD_BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{N}_])`;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** Trailing punctuation belongs to the sentence, not the link. */
const URL_TAIL = String.raw`[^\s<>"'()\[\]{}]*[^\s<>"'()\[\]{}.,;:!?]`;
const URL_WITH_SCHEME = new RegExp(String.raw`\b(?:https?|ftp)://${URL_TAIL}`, 'giu');
const URL_WWW = new RegExp(String.raw`\bwww\.${URL_TAIL}`, 'giu');
/**
 * Bare domains need a top-level domain from this list, which leaves out those that are also
 * file extensions or words (.py, .rs, .md, .sh, .js, .in, .it, .at), so "main.py", "next.js" and
 * "MANIFEST.in" stay; ASP.NET and friends are framework names.
 */
const BARE_TLDS = 'com|org|net|edu|gov|mil|io|ai|app|dev|co|uk|de|fr|nl|es|eu|ca|au|jp|cn|ru|br|ch|se|fi|dk|pl|ie|nz|info|biz|me|us|xyz|tech|site|online|cloud|page|blog|shop|store|news|today';
const BARE_DOMAIN = new RegExp(
  String.raw`${NOT_WORD_BEFORE}(?<![@./-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:${BARE_TLDS})${NOT_WORD_AFTER}(?!\.[a-z0-9])(?:[/?#]${URL_TAIL})?`,
  'giu',
);

const NOT_DOMAINS = /^(?:asp|ado|vb)\.net$/i;

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(String.raw`(?<![\d.])${OCTET}(?:\.${OCTET}){3}(?![\d]|\.\d)`, 'g');
/** Candidates only; `isIpv6` decides, so times like 12:30:45 stay. */
const IPV6_CANDIDATE = /(?<![\p{L}\p{N}_:])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![\p{L}\p{N}_:])/giu;

/** International: a leading + and 8–15 digits (E.164), any common grouping. */
const PHONE_INTERNATIONAL = /(?<![\p{L}\p{N}_+])\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){1,6}(?![\p{L}\p{N}_]|[.,]\d)/gu;
/** North American: 415-555-0199, (415) 555-0199, 415.555.0199, 1 800 555 0199 — separators required. */
const PHONE_NANP = /(?<![\p{L}\p{N}_+.-])(?:1[ .-])?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\p{L}\p{N}_-]|[.,]\d)/gu;
/** National numbers with a trunk 0: 020 7946 0958, 06 12 34 56 78, 0151-234-5678. */
const PHONE_TRUNK = /(?<![\p{L}\p{N}_+.-])0\d{1,4}(?:[ .-]\d{2,4}){2,4}(?![\p{L}\p{N}_-]|[.,]\d)/gu;
/** Any 7–15 digit number right after a word that announces one: "call me on 5550199". */
const PHONE_CUED = /(\b(?:call|phone|tel|telephone|mobile|cell|whatsapp|fax|text me|reach me)\b[^\p{L}\p{N}]{0,3}(?:(?:me )?(?:at|on|is)\s+)?)(\+?\(?\d[\d ().-]{5,}\d)/giu;

const digitCount = (text: string) => text.replace(/\D/g, '').length;

function isIpv6(candidate: string): boolean {
  const halves = candidate.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half ? half.split(':') : []));
  if (groups.length === 0 || !groups.every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return false;
  return halves.length === 2 ? groups.length < 8 : groups.length === 8;
}

/** A capitalised word; no `i` flag anywhere below, or \p{Lu} would match lowercase too. */
const CAPITALISED = String.raw`\p{Lu}\p{Ll}+`;
const CAPITALISED_WORD = new RegExp(`${NOT_WORD_BEFORE}${CAPITALISED}${NOT_WORD_AFTER}`, 'gu');
/** Capitalised words that follow a name without being a surname. */
const NOT_SURNAMES = new Set(
  ('I The A An And Or But If So In On At To For Of By With From Is Was Are Were Has Had Will Would Can Could ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December').split(' '),
);
const RELATIONS =
  'friend|boss|manager|colleague|coworker|co-worker|wife|husband|partner|girlfriend|boyfriend|fiancée?|mom|mum|mother|dad|father|' +
  'brother|sister|son|daughter|cousin|aunt|uncle|grandma|grandpa|grandmother|grandfather|teacher|professor|client|customer|' +
  'neighbou?r|roommate|flatmate|landlord|therapist|doctor|coach|mentor|student|teammate|ex';
/** "my friend Zbigniew", "our client, Ola Nordmann": after such a cue any capitalised name goes. */
const RELATION_CUE = new RegExp(
  String.raw`(\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:best\s+)?(?:${RELATIONS}),?\s+)(${CAPITALISED}(?:[ \t]+${CAPITALISED})?)${NOT_WORD_AFTER}`,
  'gu',
);
const HONORIFIC = new RegExp(String.raw`\b(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+${CAPITALISED}(?:[ \t]+${CAPITALISED})?${NOT_WORD_AFTER}`, 'gu');
const HANDLE = /(?<![\p{L}\p{N}_.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\p{L}\p{N}_@])/gu;

function replaceCounting(text: string, pattern: RegExp, kind: ScrubKind, tally: Tally, accept: (match: string) => boolean = () => true): string {
  return text.replace(pattern, (match) => {
    if (!accept(match)) return match;
    tally[kind]++;
    return SCRUB_TOKENS[kind];
  });
}

/** Known given names, each with the capitalised surname that follows it, as one name. */
function scrubGivenNames(text: string, tally: Tally): string {
  const words = [...text.matchAll(CAPITALISED_WORD)];
  let out = '';
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!GIVEN_NAMES.has(word[0])) continue;
    let end = word.index + word[0].length;
    const next = words[i + 1];
    if (next && /^[ \t]+$/.test(text.slice(end, next.index)) && !NOT_SURNAMES.has(next[0])) {
      end = next.index + next[0].length;
      i++;
    }
    out += text.slice(cursor, word.index) + SCRUB_TOKENS.name;
    cursor = end;
    tally.name++;
  }
  return out + text.slice(cursor);
}

function scrubNames(text: string, tally: Tally): string {
  let out = text.replace(RELATION_CUE, (match, cue: string, name: string) => {
    if (NOT_SURNAMES.has(name.split(/\s+/)[0]!)) return match;
    tally.name++;
    return `${cue}${SCRUB_TOKENS.name}`;
  });
  out = replaceCounting(out, HONORIFIC, 'name', tally);
  out = replaceCounting(out, HANDLE, 'name', tally);
  return scrubGivenNames(out, tally);
}

function tallyToCounts(tally: Tally): ScrubCount[] {
  return SCRUB_KINDS.filter((kind) => tally[kind] > 0).map((kind) => ({ kind, count: tally[kind] }));
}

function scrubInto(text: string, tally: Tally): string {
  // Order matters: an email holds a domain, a URL may hold an IP, an IP looks like digits.
  let out = replaceCounting(text, EMAIL, 'email', tally);
  out = replaceCounting(out, URL_WITH_SCHEME, 'url', tally);
  out = replaceCounting(out, URL_WWW, 'url', tally);
  out = replaceCounting(out, BARE_DOMAIN, 'url', tally, (match) => !NOT_DOMAINS.test(match));
  out = replaceCounting(out, IPV4, 'ip', tally);
  out = replaceCounting(out, IPV6_CANDIDATE, 'ip', tally, isIpv6);
  out = replaceCounting(out, PHONE_INTERNATIONAL, 'phone', tally, (match) => digitCount(match) >= 8 && digitCount(match) <= 15);
  out = replaceCounting(out, PHONE_NANP, 'phone', tally);
  out = replaceCounting(out, PHONE_TRUNK, 'phone', tally, (match) => digitCount(match) >= 9 && digitCount(match) <= 12);
  out = out.replace(PHONE_CUED, (match, cue: string, number: string) => {
    const digits = digitCount(number);
    if (digits < 7 || digits > 15) return match;
    tally.phone++;
    return `${cue}${SCRUB_TOKENS.phone}`;
  });
  return scrubNames(out, tally);
}

export function scrubText(text: string): ScrubResult {
  const tally = emptyTally();
  const scrubbed = scrubInto(text, tally);
  return { text: scrubbed, removed: tallyToCounts(tally) };
}

export interface ScrubbedPayload {
  payload: SharePayload;
  removed: ScrubCount[];
}

/** Every string of the payload through the scrub; palette, style and shares are not text. */
export function scrubPayload(payload: SharePayload): ScrubbedPayload {
  const tally = emptyTally();
  const clean = (text: string) => scrubInto(text, tally);
  const scrubbed: SharePayload = {
    ...payload,
    title: clean(payload.title),
    period: clean(payload.period),
    ...(payload.tagline !== undefined && { tagline: clean(payload.tagline) }),
    ...(payload.persona && {
      persona: {
        ...payload.persona,
        name: clean(payload.persona.name),
        ...(payload.persona.description !== undefined && { description: clean(payload.persona.description) }),
      },
    }),
    ...(payload.stats && { stats: payload.stats.map((stat) => ({ label: clean(stat.label), value: clean(stat.value) })) }),
    ...(payload.topics && { topics: payload.topics.map((topic) => ({ ...topic, label: clean(topic.label) })) }),
    ...(payload.insights && { insights: payload.insights.map(clean) }),
    ...(payload.achievements && {
      achievements: payload.achievements.map((achievement) => ({
        title: clean(achievement.title),
        ...(achievement.blurb !== undefined && { blurb: clean(achievement.blurb) }),
      })),
    }),
  };
  return { payload: scrubbed, removed: tallyToCounts(tally) };
}

const KIND_WORDS: Record<ScrubKind, string> = {
  email: 'email address',
  url: 'link',
  ip: 'IP address',
  phone: 'phone number',
  name: 'name',
};

/** "2 names and 1 email address" — for the review sheet (the language layer's counts and lists); "" when nothing was removed. */
export function describeRemoved(removed: readonly ScrubCount[]): string {
  return removed.length === 0 ? '' : listOf(removed.map(({ kind, count }) => countOf(count, KIND_WORDS[kind])));
}
