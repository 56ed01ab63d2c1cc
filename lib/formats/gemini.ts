/**
 * Gemini's Takeout `MyActivity.json`: one record per activity, newest first, no conversation
 * ids. Prompts are buffered (they are small) and grouped into sessions at the end. Uploads go on
 * the prompt, pictures Gemini made on the reply (see gemini-images.ts).
 */
import type { Attachment, Conversation, Message } from '../model/conversation';
import type { SkipReport } from '../ingest/skip-report';
import { attachmentOnlyKind } from './file-kind';
import { recordAttachments } from './gemini-images';
import { asArray, asRecord, asString, isoToMs, type JsonRecord } from './json';
import { htmlToText } from './text';

/** A pause longer than this starts a new conversation. */
export const SESSION_GAP_MS = 30 * 60 * 1000;
const PROMPT_PREFIX = 'Prompted ';
const TITLE_MAX_LENGTH = 80;
const GEMINI_PRODUCT = /gemini|bard/i;

interface Prompt {
  time: number;
  prompt: string;
  /** The first answer shown; further `safeHtmlItem`s are regenerated drafts. */
  answer: string;
  /** The user's uploads, each file once. */
  attachments: Attachment[];
  /** Pictures Gemini made in its answer. */
  replyAttachments: Attachment[];
}

type Session = [Prompt, ...Prompt[]];

export class GeminiSessions {
  private readonly skipped: SkipReport;
  private prompts: Prompt[] = [];

  constructor(skipped: SkipReport) {
    this.skipped = skipped;
  }

  add(element: unknown): void {
    const record = asRecord(element);
    if (!record) {
      this.skipped.invalidConversations++;
      return;
    }
    const title = asString(record.title);
    if (!isGeminiRecord(record) || !title?.startsWith(PROMPT_PREFIX)) {
      this.skipped.nonChatRecords++;
      return;
    }
    const time = isoToMs(record.time);
    if (time === null) {
      this.skipped.invalidConversations++;
      return;
    }
    const answers = asArray(record.safeHtmlItem);
    this.skipped.regeneratedDrafts += Math.max(0, answers.length - 1);
    const answerHtml = asString(asRecord(answers[0])?.html) ?? '';
    const { prompt: attachments, reply: replyAttachments } = recordAttachments(record, answerHtml);
    this.prompts.push({
      time,
      prompt: title.slice(PROMPT_PREFIX.length),
      answer: htmlToText(answerHtml),
      attachments,
      replyAttachments,
    });
  }

  /** All sessions, oldest first; empties the buffer. */
  build(): Conversation[] {
    // Input is newest first: reversing before the stable sort keeps equal times in asked order.
    const ordered = this.prompts.reverse().sort((a, b) => a.time - b.time);
    this.prompts = [];
    const sessions: Session[] = [];
    let previous = -Infinity;
    for (const prompt of ordered) {
      const current = sessions.at(-1);
      if (current && prompt.time - previous <= SESSION_GAP_MS) current.push(prompt);
      else sessions.push([prompt]);
      previous = prompt.time;
    }
    return sessions.map(toConversation);
  }
}

/** Gemini (formerly Bard) activity, as opposed to the other Google products a Takeout holds. */
export function isGeminiRecord(record: JsonRecord): boolean {
  const names = [record.header, ...asArray(record.products)];
  return names.some((name) => GEMINI_PRODUCT.test(asString(name) ?? ''));
}

function toConversation(session: Session): Conversation {
  const first = session[0];
  const last = session.at(-1) ?? first;
  const id = `gemini-${new Date(first.time).toISOString()}`;
  const messages: Message[] = [];
  for (const turn of session) {
    messages.push({
      id: `${id}-${messages.length}`,
      role: 'user',
      text: turn.prompt,
      time: turn.time,
      model: null,
      kind: turn.prompt.trim() !== '' || turn.attachments.length === 0 ? 'text' : attachmentOnlyKind(turn.attachments),
      attachments: turn.attachments,
    });
    // A reply that is only a picture is still a reply.
    if (turn.answer === '' && turn.replyAttachments.length === 0) continue;
    messages.push({
      id: `${id}-${messages.length}`,
      role: 'assistant',
      text: turn.answer,
      time: turn.time,
      model: null,
      kind: turn.answer.trim() !== '' || turn.replyAttachments.length === 0 ? 'text' : 'image',
      attachments: turn.replyAttachments,
    });
  }
  return {
    id,
    source: 'gemini',
    title: truncateTitle(first.prompt),
    createdAt: first.time,
    updatedAt: last.time,
    model: null,
    messages,
  };
}

function truncateTitle(prompt: string): string {
  const characters = Array.from(titleStart(prompt));
  if (characters.length === 0) return 'Untitled';
  if (characters.length <= TITLE_MAX_LENGTH) return characters.join('');
  return `${characters.slice(0, TITLE_MAX_LENGTH - 1).join('')}…`;
}

/**
 * The prompt's first words, whitespace collapsed, just past the title length: a prompt can be
 * megabytes, and splitting all of it into characters would allocate one slot per character.
 */
function titleStart(prompt: string): string {
  // UTF-16 units: this many always hold more than TITLE_MAX_LENGTH characters, so the cut still shows.
  const enough = 2 * (TITLE_MAX_LENGTH + 1);
  let start = '';
  for (const [word] of prompt.matchAll(/\S+/g)) {
    start = start === '' ? word.slice(0, enough) : `${start} ${word.slice(0, enough)}`;
    if (start.length >= enough) break;
  }
  return start;
}
