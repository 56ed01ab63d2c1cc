/**
 * Pass over the stored conversations that gathers what the ML pipeline embeds and counts.
 *
 * What we embed (measured, see README "What gets embedded"): every user message (the heads label
 * the user's words; assistant text would triple the work and describe the assistant, not the
 * user), and per conversation its title plus the opening user turns (what a conversation is
 * about is set at its start; later turns drift into details).
 */
import type { Conversation } from '../../model/conversation';
import { localClock } from '../../stats/local-clock';

/** Characters of a message kept for embedding; the encoder keeps far fewer tokens anyway. */
export const MESSAGE_CHARS = 1_000;
/** A user message's text as the heads see it: trimmed, cut at MESSAGE_CHARS (empty: not labelled). */
export const messageTextForLabels = (text: string) => text.trim().slice(0, MESSAGE_CHARS);
/**
 * The title and the first user turn, cut at 300 characters (~30–70 pieces), make the
 * conversation's text. Measured on the demo export in Node: title + two turns at 600 characters
 * ran 33 texts/s; this runs 64 texts/s, and the opening states the subject anyway.
 */
export const OPENING_TURNS = 1;
const CONVERSATION_CHARS = 300;
/** Text kept per conversation for topic keywords (c-TF-IDF). */
const KEYWORD_CHARS = 4_000;

export interface MessageInput {
  conversation: number;
  messageId: string;
  /** Epoch ms, or null. */
  time: number | null;
  text: string;
  /** YYYY-MM local, or null when the export has no time. */
  month: string | null;
}

export interface ConversationInput {
  id: string;
  title: string;
  month: string | null;
  /** Title + opening user turns, for the conversation vector. */
  text: string;
  /** Title + user text, for topic keywords. */
  keywordText: string;
  turns: number;
  userChars: number;
  assistantChars: number;
  hasCode: boolean;
  /** Epoch ms of the last message, or null. */
  lastAt: number | null;
}

export interface MlInputs {
  messages: MessageInput[];
  conversations: ConversationInput[];
}

const FENCE = '```';

export async function collectMlInputs(
  conversations: AsyncIterable<Conversation> | Iterable<Conversation>,
  timeZone: string,
  signal?: AbortSignal,
): Promise<MlInputs> {
  const clock = localClock(timeZone);
  const monthOf = (ms: number | null) => (ms === null ? null : new Date(clock.toLocalMs(ms)).toISOString().slice(0, 7));
  const messages: MessageInput[] = [];
  const inputs: ConversationInput[] = [];
  for await (const conversation of conversations) {
    signal?.throwIfAborted();
    const index = inputs.length;
    const opening: string[] = [conversation.title];
    let keywordText = conversation.title;
    let turns = 0;
    let userChars = 0;
    let assistantChars = 0;
    let hasCode = false;
    let lastAt: number | null = null;
    for (const message of conversation.messages) {
      if (message.time !== null) lastAt = Math.max(lastAt ?? 0, message.time);
      if (message.role === 'assistant') assistantChars += message.text.length;
      if (message.text.includes(FENCE) || message.kind === 'code') hasCode = true;
      if (message.role !== 'user') continue;
      const text = message.text.trim();
      if (!text) continue;
      turns++;
      userChars += text.length;
      if (opening.length <= OPENING_TURNS) opening.push(text.slice(0, CONVERSATION_CHARS));
      if (keywordText.length < KEYWORD_CHARS) keywordText += `\n${text.slice(0, KEYWORD_CHARS - keywordText.length)}`;
      const time = message.time ?? conversation.createdAt;
      messages.push({ conversation: index, messageId: message.id, time, text: messageTextForLabels(text), month: monthOf(time) });
    }
    if (turns === 0) continue;
    inputs.push({
      id: conversation.id,
      title: conversation.title,
      month: monthOf(conversation.createdAt ?? lastAt),
      text: opening.join('\n').slice(0, CONVERSATION_CHARS),
      keywordText,
      turns,
      userChars,
      assistantChars,
      hasCode,
      lastAt,
    });
  }
  return { messages, conversations: inputs };
}
