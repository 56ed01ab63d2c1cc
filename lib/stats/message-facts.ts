/**
 * Compact, column-wise facts about every message: numbers in growable typed arrays, about
 * 30 bytes a message, so a million-message import fits easily in a worker. No text is kept.
 */

export const RoleCode = {
  User: 0,
  Assistant: 1,
  /** System and tool messages: they date a conversation and carry content kinds only. */
  Other: 2,
} as const;
export type RoleCode = (typeof RoleCode)[keyof typeof RoleCode];

/** Bits of MessageFacts.flags. */
export const Flag = {
  Code: 1,
  Voice: 2,
  Browsing: 4,
  CodeInterpreter: 8,
  Thoughts: 16,
} as const;

export interface MessageFact {
  /** Epoch ms (UTC) after filling gaps; NaN when the message can't be dated at all. */
  time: number;
  role: RoleCode;
  words: number;
  chars: number;
  flags: number;
  images: number;
  generatedImages: number;
  files: number;
  /** Index into the model table; only meaningful for assistant messages. */
  model: number;
  conversation: number;
}

const INITIAL_CAPACITY = 1024;

export class MessageFacts {
  length = 0;
  time = new Float64Array(INITIAL_CAPACITY);
  role = new Uint8Array(INITIAL_CAPACITY);
  words = new Uint32Array(INITIAL_CAPACITY);
  chars = new Uint32Array(INITIAL_CAPACITY);
  flags = new Uint8Array(INITIAL_CAPACITY);
  images = new Uint16Array(INITIAL_CAPACITY);
  generatedImages = new Uint16Array(INITIAL_CAPACITY);
  files = new Uint16Array(INITIAL_CAPACITY);
  model = new Uint16Array(INITIAL_CAPACITY);
  conversation = new Uint32Array(INITIAL_CAPACITY);

  push(fact: MessageFact): void {
    if (this.length === this.time.length) this.grow();
    const i = this.length++;
    this.time[i] = fact.time;
    this.role[i] = fact.role;
    this.words[i] = fact.words;
    this.chars[i] = fact.chars;
    this.flags[i] = fact.flags;
    // Typed arrays wrap on overflow; clamp instead (65k attachments in one message is absurd).
    this.images[i] = Math.min(fact.images, 0xffff);
    this.generatedImages[i] = Math.min(fact.generatedImages, 0xffff);
    this.files[i] = Math.min(fact.files, 0xffff);
    this.model[i] = fact.model;
    this.conversation[i] = fact.conversation;
  }

  private grow(): void {
    const capacity = this.time.length * 2;
    this.time = copyInto(this.time, new Float64Array(capacity));
    this.role = copyInto(this.role, new Uint8Array(capacity));
    this.words = copyInto(this.words, new Uint32Array(capacity));
    this.chars = copyInto(this.chars, new Uint32Array(capacity));
    this.flags = copyInto(this.flags, new Uint8Array(capacity));
    this.images = copyInto(this.images, new Uint16Array(capacity));
    this.generatedImages = copyInto(this.generatedImages, new Uint16Array(capacity));
    this.files = copyInto(this.files, new Uint16Array(capacity));
    this.model = copyInto(this.model, new Uint16Array(capacity));
    this.conversation = copyInto(this.conversation, new Uint32Array(capacity));
  }
}

interface NumberColumn extends ArrayLike<number> {
  set(values: ArrayLike<number>): void;
}

function copyInto<T extends NumberColumn>(from: T, to: T): T {
  to.set(from);
  return to;
}
