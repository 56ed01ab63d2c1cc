/**
 * Filler messages: short acknowledgements and nudges ("ok", "thanks!", "go on", "yes please",
 * "sounds good 👍"), and messages with no letters or digits at all (emoji-only, punctuation-only).
 * They carry no topic of their own, so search leaves them out of the meaning index: their
 * vectors sit next to the encoder's "generic short text" direction, close to any query the encoder
 * can't place (a typo, a made-up word), and would crowd out real results.
 *
 * English only, on purpose small: a message is filler when, after lower-casing and dropping
 * punctuation and emoji, it has at most MAX_FILLER_WORDS words and every word is in FILLER_WORDS.
 * "no, that is not what I asked" or "give me an example" are not filler: they have words outside
 * the list.
 */

/** Longer messages are never filler, whatever their words. */
export const MAX_FILLER_WORDS = 5;

/**
 * Acknowledgements, agreement, thanks, continuations and the function words that glue them
 * ("that is great", "go on then", "ok got it").
 */
const FILLER_WORDS: ReadonlySet<string> = new Set(
  `
  ok okay k kk alright aight sure fine yes yeah yea yep yup ya no nope nah
  thanks thank thx ty tysm cheers appreciate appreciated
  great good cool nice perfect awesome amazing excellent wonderful brilliant fantastic lovely neat
  sweet wow whoa love fair true right correct exactly indeed agreed noted understood gotcha
  lol lmao haha hehe hmm hm mhm uh um ah oh
  continue cont go on keep going let's lets carry more next again proceed please pls plz
  got it it's this that that's thats is was makes sense sounds looks seems works worked and then so now
  the a you very much really super so much all well done
  `
    .split(/\s+/)
    .filter(Boolean),
);

/** Laughter and hums of any length: "hahaha", "lolol", "hmmm". */
const EXPRESSIVE = /^(?:(?:ha)+h?|(?:he)+h?|l(?:ol)+|lmf?ao+|h+m+|m+h+m+|u+h+|u+m+|o+h+|a+h+|w+o+w+)$/;

/** Lower-case words of a text: letters, digits and inner apostrophes; everything else splits. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/** "okkk" → "ok", "yesss" → "yes", "pleaseee" → "please": runs of three or more letters to one. */
function squeeze(word: string): string {
  return word.replace(/(\p{L})\1{2,}/gu, '$1');
}

function isFillerWord(word: string): boolean {
  const squeezed = squeeze(word);
  return FILLER_WORDS.has(word) || FILLER_WORDS.has(squeezed) || EXPRESSIVE.test(word);
}

/** True for short acknowledgements / continuations and for messages with no letters or digits. */
export function isFiller(text: string): boolean {
  const list = words(text);
  if (list.length === 0) return true; // empty, whitespace, punctuation or emoji only
  return list.length <= MAX_FILLER_WORDS && list.every(isFillerWord);
}
