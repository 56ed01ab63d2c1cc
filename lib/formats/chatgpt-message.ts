/**
 * Decides whether one ChatGPT message is shown to the user, and normalizes it if so.
 * Pure verdicts: the caller decides what to count, so off-branch nodes can be judged too.
 */
import type { Message, Role } from '../model/conversation';
import type { SkipReason } from '../ingest/skip-report';
import { readMessageBody } from './chatgpt-content';
import { asRecord, asString, secondsToMs, type JsonRecord } from './json';

export type MessageVerdict = { keep: Message } | { skip: SkipReason };

const SHOWN_ROLES = new Set<Role>(['user', 'assistant', 'tool']);
/** Context the model reads but the chat never shows (saved memories). */
const HIDDEN_CONTENT_TYPES = new Set(['model_editable_context']);

/** Null for nodes without a message (the root is often `client-created-root` with none). */
export function readChatGptMessage(
  node: JsonRecord,
  nodeId: string,
  defaultModel: string | null,
): MessageVerdict | null {
  const message = asRecord(node.message);
  if (!message) return null;
  const content = asRecord(message.content) ?? {};
  const metadata = asRecord(message.metadata) ?? {};
  const author = asRecord(message.author) ?? {};
  const contentType = asString(content.content_type);

  if (contentType === 'user_editable_context') return { skip: 'customInstructions' };
  const role = asString(author.role) as Role | undefined;
  if (role === undefined || !SHOWN_ROLES.has(role) || isHidden(message, metadata, contentType)) {
    return { skip: 'hiddenMessages' };
  }

  const body = readMessageBody(content, metadata);
  // Nothing to show (empty assistant stubs before tool calls): invisible in the app too.
  if (body.text.trim() === '' && body.attachments.length === 0) return { skip: 'hiddenMessages' };

  const keep: Message = {
    id: asString(message.id) ?? nodeId,
    role,
    text: body.text,
    time: secondsToMs(message.create_time),
    model: role === 'assistant' ? (asString(metadata.model_slug) ?? defaultModel) : null,
    kind: body.kind,
    attachments: body.attachments,
  };
  // Set only when present (hot path: one object per message, no generic key filtering).
  const authorName = role === 'tool' ? asString(author.name) : undefined;
  if (authorName !== undefined) keep.authorName = authorName;
  return { keep };
}

function isHidden(message: JsonRecord, metadata: JsonRecord, contentType: string | undefined): boolean {
  return (
    message.weight === 0 ||
    metadata.is_visually_hidden_from_conversation === true ||
    metadata.is_user_system_message === true ||
    (contentType !== undefined && HIDDEN_CONTENT_TYPES.has(contentType))
  );
}
