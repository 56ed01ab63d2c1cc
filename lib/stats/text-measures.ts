/** Cheap per-message measures, done once at import time so the text can be dropped. */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Words = whitespace-separated tokens containing at least one letter or digit, so "—" or
 * "```" alone don't count. A hand loop, not split(): it runs over every message of an
 * import, and ASCII is decided by char code without allocating.
 */
export function countWords(text: string): number {
  let words = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isWhitespace(text.charCodeAt(i))) i++;
    let counted = false;
    for (; i < n; i++) {
      const code = text.charCodeAt(i);
      if (isWhitespace(code)) break;
      if (!counted && isLetterOrDigit(code, text, i)) {
        counted = true;
        words++;
      }
    }
  }
  return words;
}

/** The characters `\s` matches, by code. */
function isWhitespace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

function isLetterOrDigit(code: number, text: string, i: number): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  // codePointAt so astral letters (e.g. CJK extension B) are judged whole.
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i) ?? 0));
}

const CODE_LINE_START = /^(def |function |import )/;

/**
 * A message "has code" when it carries a fenced block, or at least two lines that look like
 * code: ending in ";" or "{", or starting with "def ", "function " or "import ". Deliberately
 * simple: prose rarely does either twice, and pasted snippets almost always do.
 */
export function looksLikeCode(text: string): boolean {
  if (text.includes('```')) return true;
  let codeLines = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).trim();
    if (line.endsWith(';') || line.endsWith('{') || CODE_LINE_START.test(line)) {
      codeLines++;
      if (codeLines >= 2) return true;
    }
    start = end + 1;
  }
  return false;
}
