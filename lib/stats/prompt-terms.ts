/** The words of a prompt that could say what it was about, for "your distinctive words". */
import { eng } from 'stopword';

/** Words that fill prompts without saying anything about them. */
const CHAT_FILLER = [
  'please', 'thanks', 'thank', 'can', 'could', 'would', 'will', 'shall', 'like', 'want', 'need',
  'help', 'make', 'use', 'using', 'used', 'get', 'know', 'just', 'also', 'really', 'actually',
  'okay', 'yes', 'yeah', 'not', 'one', 'two', 'let', 'hey', 'hello', 'sure', 'something',
  'anything', 'everything', 'thing', 'things', 'give', 'tell', 'show', 'write', 'explain',
  'example', 'following', 'based', 'does', 'doing', 'done', 'what', 'why', 'when', 'who', 'how',
  'its', 'you', 'your', 'yours', 'our', 'she', 'they', 'them', 'any', 'all', 'now', 'then',
  'here', 'there', 'try', 'think', 'good', 'better', 'best', 'lot', 'way', 'new', 'see', 'say',
  // Function words the short stopword list misses; they made topic names like "without · functions".
  'without', 'within', 'about', 'into', 'onto', 'over', 'under', 'after', 'before', 'again', 'another',
  'more', 'most', 'some', 'such', 'than', 'very', 'much', 'many', 'each', 'other', 'every', 'still',
  'even', 'well', 'back', 'right', 'wrote', 'written', 'going', 'take', 'keep', 'put', 'got', 'made',
  'find', 'look', 'looking', 'around', 'through', 'between', 'maybe', 'might', 'must', 'should', 'able',
];

const STOP_WORDS: ReadonlySet<string> = new Set([...eng, ...CHAT_FILLER]);

/** Letters, optionally joined by apostrophes or hyphens ("real-time", "kubernetes's"). */
const TERM = /\p{L}+(?:['’-]\p{L}+)*/gu;
const FENCED_CODE = /```[\s\S]*?(?:```|$)/g;
const URL = /\bhttps?:\/\/\S+/g;
/** Contractions ("don't", "we're") are function words; a trailing 's is a possessive or "is". */
const CONTRACTION = /'(t|re|ve|ll|d|m)$/;

const MIN_TERM_LENGTH = 3;

/**
 * Lower-case terms of a user prompt. Pasted code and links are skipped so "const" and "https"
 * don't drown the topics the person actually wrote about.
 */
export function promptTerms(text: string): string[] {
  const prose = text.replace(FENCED_CODE, ' ').replace(URL, ' ');
  const terms: string[] = [];
  for (const match of prose.matchAll(TERM)) {
    let term = match[0].toLowerCase().replaceAll('’', "'");
    if (CONTRACTION.test(term)) continue;
    if (term.endsWith("'s")) term = term.slice(0, -2);
    if (term.length < MIN_TERM_LENGTH || STOP_WORDS.has(term)) continue;
    terms.push(term);
  }
  return terms;
}
