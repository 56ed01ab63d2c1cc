/** One Claude conversation object (an element of Claude's `conversations.json`) → Conversation. */
import type { Attachment, Conversation, Message, MessageKind } from '../model/conversation';
import type { SkipReport } from '../ingest/skip-report';
import { attachmentOnlyKind, kindFromFileName } from './file-kind';
import { asArray, asNumber, asRecord, asString, isRecord, isoToMs, withoutUndefined, type JsonRecord } from './json';

/** Claude writes this into `text` where it stripped a block (artifacts, tool calls). */
export const CLAUDE_PLACEHOLDER = 'This block is not supported on your current device yet.';
const FENCED_PLACEHOLDER = /```[^\n`]*\n?This block is not supported on your current device yet\.\n?```/g;

/** Null, counted, for unreadable or empty conversations; never throws. */
export function parseClaudeConversation(element: unknown, skipped: SkipReport): Conversation | null {
  const raw = asRecord(element);
  const id = asString(raw?.uuid);
  if (!raw || id === undefined || !Array.isArray(raw.chat_messages)) {
    skipped.invalidConversations++;
    return null;
  }
  const messages: Message[] = [];
  raw.chat_messages.forEach((value, index) => {
    const message = readClaudeMessage(asRecord(value), `${id}-${index}`, skipped);
    if (message) messages.push(message);
  });
  if (messages.length === 0) {
    skipped.emptyConversations++;
    return null;
  }
  return {
    id,
    source: 'claude',
    title: asString(raw.name)?.trim() || 'Untitled',
    createdAt: isoToMs(raw.created_at),
    updatedAt: isoToMs(raw.updated_at),
    model: null,
    messages: inTimeOrder(messages),
  };
}

function readClaudeMessage(raw: JsonRecord | undefined, fallbackId: string, skipped: SkipReport): Message | null {
  const sender = asString(raw?.sender);
  if (!raw || (sender !== 'human' && sender !== 'assistant')) {
    skipped.hiddenMessages++;
    return null;
  }
  if (asString(raw.text)?.includes(CLAUDE_PLACEHOLDER)) skipped.placeholderText++;
  const attachments = readAttachments(raw);
  const body = readBody(raw, attachments);
  if (body === null) {
    skipped.hiddenMessages++;
    return null;
  }
  return withoutUndefined<Message>({
    id: asString(raw.uuid) ?? fallbackId,
    role: sender === 'human' ? 'user' : 'assistant',
    text: body.text,
    time: isoToMs(raw.created_at),
    model: null,
    kind: body.kind,
    attachments,
    authorName: body.toolName,
  });
}

interface ClaudeBody {
  text: string;
  kind: MessageKind;
  toolName?: string;
}

/** `content[]` is the truth; `text` is only read by old exports without blocks. Null: nothing to show. */
function readBody(raw: JsonRecord, attachments: Attachment[]): ClaudeBody | null {
  const blocks = asArray(raw.content).filter(isRecord);
  const text =
    blocks.length > 0
      ? blocks
          .filter((block) => block.type === 'text')
          .map((block) => asString(block.text) ?? '')
          .filter((piece) => piece.trim() !== '')
          .join('\n\n')
      : withoutPlaceholders(asString(raw.text) ?? '');
  if (text.trim() !== '') return { text, kind: 'text' };

  const shown = blocks.filter((block) => block.type !== 'token_budget');
  const tool = shown.find((block) => block.type === 'tool_use' || block.type === 'tool_result');
  if (tool) return { text: '', kind: 'tool', toolName: asString(tool.name) };
  if (shown.length > 0 && shown.every((block) => block.type === 'thinking')) return { text: '', kind: 'thoughts' };
  if (attachments.length > 0) return { text: '', kind: attachmentOnlyKind(attachments) };
  return null;
}

function withoutPlaceholders(text: string): string {
  return text
    .replace(FENCED_PLACEHOLDER, '')
    .replaceAll(CLAUDE_PLACEHOLDER, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function readAttachments(raw: JsonRecord): Attachment[] {
  const attachments: Attachment[] = [];
  for (const entry of asArray(raw.attachments)) {
    const file = asRecord(entry);
    if (!file) continue;
    const type = asString(file.file_type);
    attachments.push(
      withoutUndefined<Attachment>({
        kind: 'file',
        name: asString(file.file_name),
        sizeBytes: asNumber(file.file_size),
        // Older exports put a bare extension ("txt") here; only MIME types are kept.
        mimeType: type?.includes('/') ? type : undefined,
      }),
    );
  }
  for (const entry of asArray(raw.files)) {
    const name = asString(asRecord(entry)?.file_name);
    if (name === undefined) continue;
    const kind = asRecord(entry)?.file_kind === 'image' ? 'image' : kindFromFileName(name);
    attachments.push({ kind, name });
  }
  return attachments;
}

/**
 * Stable sort by `created_at`. A message without a time keeps the time of the one before it,
 * so it stays in place instead of making the comparison inconsistent.
 */
function inTimeOrder(messages: Message[]): Message[] {
  let previous = -Infinity;
  const keyed = messages.map((message) => {
    previous = message.time ?? previous;
    return { message, key: previous };
  });
  return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(({ message }) => message);
}
