/** Text clean-up shared by the parsers: what the user saw, without export-internal markup. */

/** A whole inline marker: U+E200, fields separated by U+E202, closed by U+E201. Eats the space before it. */
const INLINE_MARKER = /([ \t]*)\uE200([^\uE200\uE201]*)\uE201/g;
const PRIVATE_USE_MARKUP = /[\uE200-\uE2FF]/g;
const FIELD_SEPARATOR = '\uE202';

/**
 * Removes ChatGPT's inline UI markers (`\uE200cite\uE202turn0search1\uE201`, image groups,
 * nav lists…) and any stray private-use character of that block. Entity markers
 * (`\uE200entity\uE202["city","Paris",…]\uE201`) render as their name in the app, so the name stays.
 */
export function stripCitationMarkers(text: string): string {
  if (!/[\uE200-\uE2FF]/.test(text)) return text;
  return text
    .replace(INLINE_MARKER, (_marker, space: string, body: string) => {
      const name = entityName(body);
      return name === null ? '' : space + name;
    })
    .replace(PRIVATE_USE_MARKUP, '');
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
const BLOCK_TAG = /<\/?(?:p|div|ul|ol|h[1-6]|pre|blockquote|tr|table)\b[^>]*>/gi;
/** Only the opening tag: list items sit one per line, not a blank line apart. */
const LIST_ITEM_TAG = /<li\b[^>]*>/gi;
const ANY_TAG = /<[^>]*>/g;
const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

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
    if (body[0] !== '#') return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
    const isHex = body[1] === 'x' || body[1] === 'X';
    const codePoint = Number.parseInt(body.slice(isHex ? 2 : 1), isHex ? 16 : 10);
    return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
  });
}
