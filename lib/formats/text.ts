/** Text clean-up shared by the parsers: what the user saw, without export-internal markup. */

const MARKER_OPEN = '\uE200';
const MARKER_CLOSE = '\uE201';
const PRIVATE_USE_MARKUP = /[\uE200-\uE2FF]/g;
const FIELD_SEPARATOR = '\uE202';

/**
 * Removes ChatGPT's inline UI markers (`\uE200cite\uE202turn0search1\uE201`, image groups,
 * nav lists…) with the spaces before them, and any stray private-use character of that block.
 * Entity markers (`\uE200entity\uE202["city","Paris",…]\uE201`) render as their name in the
 * app, so the name stays. A scan with indexOf rather than a regex: `([ \t]*)\uE200[^\uE201]*\uE201`
 * restarts at every space before an unclosed marker, which is quadratic on crafted text.
 */
export function stripCitationMarkers(text: string): string {
  if (!/[\uE200-\uE2FF]/.test(text)) return text;
  let out = '';
  let copied = 0;
  let open = text.indexOf(MARKER_OPEN);
  let close = -1;
  while (open !== -1) {
    if (close <= open) close = text.indexOf(MARKER_CLOSE, open + 1);
    // No close after this opener means none after any later one either.
    if (close === -1) break;
    const nextOpen = text.indexOf(MARKER_OPEN, open + 1);
    if (nextOpen !== -1 && nextOpen < close) {
      open = nextOpen;
      continue;
    }
    let start = open;
    while (start > copied && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    const name = entityName(text.slice(open + 1, close));
    out += text.slice(copied, start) + (name === null ? '' : text.slice(start, open) + name);
    copied = close + 1;
    open = nextOpen;
  }
  return (out + text.slice(copied)).replace(PRIVATE_USE_MARKUP, '');
}

function entityName(markerBody: string): string | null {
  const [type, payload] = markerBody.split(FIELD_SEPARATOR);
  if (type !== 'entity' || payload === undefined) return null;
  try {
    const fields: unknown = JSON.parse(payload);
    return Array.isArray(fields) && typeof fields[1] === 'string' ? fields[1] : null;
  } catch {
    return null;
  }
}

const LINE_BREAK_TAG = /<br\s*\/?>/gi;
// `[^<>]*`, not `[^>]*`: a tag never holds a raw "<" in Takeout's sanitized HTML, and a run of
// unclosed "<" would otherwise rescan the rest of the text from each one (quadratic).
const BLOCK_TAG = /<\/?(?:p|div|ul|ol|h[1-6]|pre|blockquote|tr|table)\b[^<>]*>/gi;
/** Only the opening tag: list items sit one per line, not a blank line apart. */
const LIST_ITEM_TAG = /<li\b[^<>]*>/gi;
const ANY_TAG = /<[^<>]*>/g;
const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi;
/** A Map, not an object literal: `&constructor;` must not find Object.prototype.constructor. */
const NAMED_ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', ' '],
]);

/** Gemini answers arrive as HTML: keep the words and the line structure, drop the markup. */
export function htmlToText(html: string): string {
  const text = html
    .replace(LINE_BREAK_TAG, '\n')
    .replace(BLOCK_TAG, '\n')
    .replace(LIST_ITEM_TAG, '\n')
    .replace(ANY_TAG, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Single pass, so `&amp;lt;` becomes the literal `&lt;` and not `<`. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (entity, body: string) => {
    if (body[0] !== '#') return NAMED_ENTITIES.get(body.toLowerCase()) ?? entity;
    const isHex = body[1] === 'x' || body[1] === 'X';
    const codePoint = Number.parseInt(body.slice(isHex ? 2 : 1), isHex ? 16 : 10);
    return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
  });
}
