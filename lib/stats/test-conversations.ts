/** Small builders for hand-made conversations in tests. */
import type { Conversation, Message } from '../model/conversation';

let nextId = 0;

export function message(
  role: Message['role'],
  text: string,
  iso: string | null,
  extra: Partial<Message> = {},
): Message {
  return {
    id: `m${nextId++}`,
    role,
    text,
    time: iso === null ? null : Date.parse(iso),
    model: null,
    kind: 'text',
    attachments: [],
    ...extra,
  };
}

export function conversation(
  id: string,
  messages: Message[],
  extra: Partial<Conversation> = {},
): Conversation {
  return {
    id,
    source: 'chatgpt',
    title: `Title ${id}`,
    createdAt: null,
    updatedAt: null,
    model: null,
    messages,
    ...extra,
  };
}

/** One user prompt and one reply a minute later. */
export function exchange(id: string, iso: string, prompt = 'hello there', reply = 'hi'): Conversation {
  const time = Date.parse(iso);
  return conversation(id, [
    message('user', prompt, iso),
    message('assistant', reply, new Date(time + 60_000).toISOString()),
  ]);
}
