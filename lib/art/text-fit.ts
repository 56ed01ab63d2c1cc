/**
 * Word wrap and shrink-to-fit for words drawn on covers and cards, so a long persona name or
 * topic never runs off the image. Pure: the width of a string comes from `measure` (the
 * canvas' measureText in the worker), so the layout rules are tested in Node.
 */

/** Width in pixels of `text` at `fontSize` pixels. */
export type Measure = (text: string, fontSize: number) => number;

export interface FitOptions {
  maxWidth: number;
  maxLines: number;
  /** Font sizes in pixels: start at `maxSize`, shrink down to `minSize`. */
  maxSize: number;
  minSize: number;
  measure: Measure;
}

export interface FittedText {
  size: number;
  lines: string[];
}

const ELLIPSIS = '…';

/** Splits a word wider than the line into pieces that fit (long URLs, compound names). */
function breakWord(word: string, maxWidth: number, size: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measure(piece + char, size) > maxWidth) {
      pieces.push(piece);
      piece = char;
    } else piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Greedy wrap on spaces; words wider than a line are broken between characters. */
export function wrapText(text: string, maxWidth: number, size: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, size) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    const pieces = measure(word, size) > maxWidth ? breakWord(word, maxWidth, size, measure) : [word];
    lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1] ?? '';
  }
  if (line) lines.push(line);
  return lines;
}

/** Cuts the last line back until it and an ellipsis fit. */
function ellipsize(line: string, maxWidth: number, size: number, measure: Measure): string {
  let cut = line;
  while (cut.length > 0 && measure(cut + ELLIPSIS, size) > maxWidth) cut = cut.slice(0, -1);
  return cut.trimEnd() + ELLIPSIS;
}

/**
 * The largest size (in steps of about 4 %) at which the text wraps into `maxLines` or fewer; at
 * `minSize` the text is cut to `maxLines` with an ellipsis.
 */
export function fitText(text: string, { maxWidth, maxLines, maxSize, minSize, measure }: FitOptions): FittedText {
  for (let size = maxSize; size > minSize; size = Math.floor(size * 0.96)) {
    const lines = wrapText(text, maxWidth, size, measure);
    if (lines.length <= maxLines) return { size, lines };
  }
  const lines = wrapText(text, maxWidth, minSize, measure);
  if (lines.length <= maxLines) return { size: minSize, lines };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(`${kept[maxLines - 1]} ${lines[maxLines]}`, maxWidth, minSize, measure);
  return { size: minSize, lines: kept };
}
