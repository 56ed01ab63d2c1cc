/**
 * Removes code from a user message before language analysis, so pasted programs and logs don't
 * count as sentences, nouns or entities.
 */
const BACKTICK_FENCE = /`{3,}[\s\S]*?(?:`{3,}|$)/g;
const TILDE_FENCE = /^[ \t]*~{3,}[^\n]*\n[\s\S]*?(?:^[ \t]*~{3,}[ \t]*$|$(?![\s\S]))/gm;
const INLINE_CODE = /`[^`\n]+`/g;

/** Fenced blocks (``` or ~~~; an unclosed fence runs to the end) become a line break; inline `code` goes. */
export function stripFencedCode(text: string): string {
  if (!text.includes('`') && !text.includes('~~~')) return text;
  return text.replace(BACKTICK_FENCE, '\n').replace(TILDE_FENCE, '\n').replace(INLINE_CODE, '');
}

const MAYBE_CODE = /[{}[\]<>=;$\\^()]/;
const ENDS_LIKE_CODE = /[{};]$/;
const CALL = /[A-Za-z_$][\w$.]*\(/;
const ENDS_WITH_CALL = /\);?$/;
const CODE_CHARS = /[{}[\]<>=;$\\^]/g;
const BRACKETS_ONLY = /^[{}()[\];,]+$/;

/**
 * A line of unfenced code: brackets alone (`}`, `});`), or it ends in `{`, `}` or `;`, ends a call like `foo(x)`, or at least 8% of
 * its visible characters are `{}[]<>=;$\^`. On 3,500 real prompts this drops ~9% of characters,
 * nearly all pasted code, HTML or templates; prose and markdown (bold, headings, tables) survive.
 */
export function looksLikeCode(line: string): boolean {
  const trimmed = line.trim();
  if (BRACKETS_ONLY.test(trimmed)) return true;
  if (trimmed.length < 4 || !MAYBE_CODE.test(trimmed)) return false;
  if (ENDS_LIKE_CODE.test(trimmed) || (ENDS_WITH_CALL.test(trimmed) && CALL.test(trimmed))) return true;
  const visible = trimmed.replace(/\s/g, '').length;
  return (trimmed.match(CODE_CHARS)?.length ?? 0) / visible >= 0.08;
}

/** Fenced and inline code, then any line that looks like unfenced code. */
export function stripCode(text: string): string {
  const prose = stripFencedCode(text);
  if (!MAYBE_CODE.test(prose)) return prose;
  return prose
    .split('\n')
    .filter((line) => !looksLikeCode(line))
    .join('\n');
}

/** The first `maxChars` characters, dropping a word the cut would split. */
export function capText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  const lastSpace = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('\n'));
  return lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut;
}
