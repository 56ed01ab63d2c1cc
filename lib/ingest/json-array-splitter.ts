/**
 * Splits a top-level JSON array, arriving as byte chunks, into the JSON text of each element.
 *
 * Why not a streaming JSON tokenizer library: those build every value in JavaScript and run
 * several times slower than the engine's native JSON.parse. We only need element boundaries,
 * so this scanner finds them (skipping string bodies with native indexOf) and each element is
 * handed to JSON.parse. Peak memory is one element, not the file.
 *
 * Byte-level scanning is UTF-8 safe: bytes of multi-byte sequences are all ≥ 0x80 and never
 * collide with the ASCII structural characters.
 */
import { countOf } from '../view/language';
import { ImportError } from './import-error';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;

export interface SplitterOptions {
  /** Largest single element accepted, in bytes; bigger means a broken or hostile file. */
  maxElementBytes: number;
  /** Name shown in errors, e.g. "conversations-002.json". */
  sourceName: string;
}

export class JsonArraySplitter {
  private readonly decoder = new TextDecoder('utf-8', { fatal: false });
  private readonly options: SplitterOptions;
  /** 0 = before the opening bracket; 1 = inside the top-level array; >1 = inside an element. */
  private depth = 0;
  private inString = false;
  private escapePending = false;
  private finished = false;
  /** Bytes of the element under construction, kept as chunks to avoid quadratic copying. */
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private elementOpen = false;
  private bytesSeen = 0;
  private elementsEmitted = 0;

  constructor(options: SplitterOptions) {
    this.options = options;
  }

  get elementCount(): number {
    return this.elementsEmitted;
  }

  /** Feeds one chunk; returns the JSON text of every element completed inside it. */
  push(chunk: Uint8Array): string[] {
    const out: string[] = [];
    // Hot loop: state lives in locals and is written back once at the end.
    let start = this.elementOpen ? 0 : -1;
    let depth = this.depth;
    let inString = this.inString;
    let i = 0;
    const n = chunk.length;
    if (this.bytesSeen === 0 && n >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) i = 3;
    if (this.escapePending && n > 0) {
      this.escapePending = false;
      i++;
    }
    // Next quote / backslash at or after some earlier position (-1: none left in this chunk).
    // Cached so a string full of escapes (every newline is "\n") isn't rescanned per escape.
    let nextQuote = -2;
    let nextBackslash = -2;

    while (i < n) {
      if (inString) {
        if (nextQuote !== -1 && nextQuote < i) nextQuote = chunk.indexOf(QUOTE, i);
        if (nextBackslash !== -1 && nextBackslash < i) nextBackslash = chunk.indexOf(BACKSLASH, i);
        const quote = nextQuote;
        if (nextBackslash !== -1 && (quote === -1 || nextBackslash < quote)) {
          // Skip the escaped character; an escape at the chunk's end carries over.
          i = nextBackslash + 2;
          if (i > n) this.escapePending = true;
          continue;
        }
        if (quote === -1) break;
        inString = false;
        i = quote + 1;
        continue;
      }

      const byte = chunk[i]!;
      if (depth > 1) {
        // Inside an element: only strings and nesting matter.
        if (byte === QUOTE) inString = true;
        else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++;
        else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) depth--;
        i++;
        continue;
      }
      if (depth === 0) {
        if (this.finished) {
          if (!isWhitespace(byte)) throw this.invalid('unexpected data after the end of the array', i);
        } else if (byte === OPEN_BRACKET) {
          depth = 1;
        } else if (!isWhitespace(byte)) {
          throw this.notAnArray(byte);
        }
        i++;
        continue;
      }
      // depth === 1: between elements of the top-level array.
      if (byte === COMMA || byte === CLOSE_BRACKET) {
        if (start !== -1) {
          out.push(this.closeElement(chunk, start, i));
          start = -1;
        } else if (byte === COMMA) {
          throw this.invalid('an empty element (two commas in a row)', i);
        }
        if (byte === CLOSE_BRACKET) {
          depth = 0;
          this.finished = true;
        }
      } else if (byte === CLOSE_BRACE) {
        throw this.invalid('a "}" closes the top-level array', i);
      } else if (!isWhitespace(byte)) {
        if (start === -1) start = this.openElement(i);
        if (byte === QUOTE) inString = true;
        else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++;
      }
      i++;
    }

    this.depth = depth;
    this.inString = inString;
    if (start !== -1) this.keepPending(chunk.subarray(start));
    this.bytesSeen += n;
    return out;
  }

  /** Call after the last chunk: throws if the array was cut off. */
  end(): void {
    if (this.finished) return;
    if (this.depth === 0) {
      throw new ImportError('empty_export', `${this.options.sourceName} contains no data.`, 'Export your data again and drop the new file.');
    }
    throw new ImportError(
      'truncated_json',
      `${this.options.sourceName} ends in the middle of item ${this.elementsEmitted + 1} (after ${countOf(this.bytesSeen, 'byte')}): the file is cut off.`,
      'The download or unzip was probably interrupted. Download the export again and drop the complete file.',
    );
  }

  private openElement(index: number): number {
    this.elementOpen = true;
    return index;
  }

  private keepPending(part: Uint8Array): void {
    // Copy: the caller may reuse the chunk's buffer.
    this.pending.push(part.slice());
    this.pendingBytes += part.length;
    this.checkElementSize(0);
  }

  private closeElement(chunk: Uint8Array, start: number, end: number): string {
    const tail = chunk.subarray(start, end);
    this.checkElementSize(tail.length);
    let bytes: Uint8Array;
    if (this.pending.length === 0) {
      bytes = tail;
    } else {
      bytes = new Uint8Array(this.pendingBytes + tail.length);
      let offset = 0;
      for (const part of this.pending) {
        bytes.set(part, offset);
        offset += part.length;
      }
      bytes.set(tail, offset);
      this.pending = [];
      this.pendingBytes = 0;
    }
    this.elementOpen = false;
    this.elementsEmitted++;
    return this.decoder.decode(bytes);
  }

  private checkElementSize(extra: number): void {
    const size = this.pendingBytes + extra;
    if (size > this.options.maxElementBytes) {
      const mb = Math.round(this.options.maxElementBytes / 1_048_576);
      throw new ImportError(
        'too_large',
        `Item ${this.elementsEmitted + 1} of ${this.options.sourceName} is larger than ${mb} MB on its own — more than one conversation can plausibly be.`,
        'This is not a normal export file. Drop the original export zip or conversations.json.',
      );
    }
  }

  private notAnArray(byte: number): ImportError {
    if (byte === OPEN_BRACE) {
      return new ImportError(
        'unknown_schema',
        `${this.options.sourceName} holds a JSON object, but exports list conversations in a JSON array.`,
        'Drop the conversations.json (ChatGPT, Claude) or MyActivity.json (Gemini) file, or the whole export zip.',
      );
    }
    return new ImportError(
      'invalid_json',
      `${this.options.sourceName} is not valid JSON: it starts with "${String.fromCharCode(byte)}" instead of "[".`,
      'Drop the export zip or its conversations.json as downloaded, without editing it.',
    );
  }

  private invalid(what: string, offsetInChunk: number): ImportError {
    return new ImportError(
      'invalid_json',
      `${this.options.sourceName} is not valid JSON near byte ${(this.bytesSeen + offsetInChunk).toLocaleString('en-US')}: ${what}.`,
      'The file may have been edited or damaged. Download the export again.',
    );
  }
}

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}
