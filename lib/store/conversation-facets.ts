/**
 * What the conversation browser filters on, derived from a conversation's messages. Shared by
 * the import writer and the v2 schema migration, so old and new rows agree.
 */
import type { Attachment, Message, MessageKind } from '../model/conversation';

export interface ConversationFacets {
  /** Every model that answered in the conversation (the conversation's default when none is named). */
  models: string[];
  /** Message kinds plus the kinds of attachments (an image shared inside a text message counts). */
  kinds: MessageKind[];
  hasCode: boolean;
}

const CODE_FENCE = '```';
const ATTACHMENT_KINDS: Record<Attachment['kind'], MessageKind> = { image: 'image', audio: 'voice', video: 'voice', file: 'file' };

export function conversationFacets(messages: Message[], conversationModel: string | null): ConversationFacets {
  const models = new Set<string>();
  const kinds = new Set<MessageKind>();
  let hasCode = false;
  for (const message of messages) {
    kinds.add(message.kind);
    for (const attachment of message.attachments) kinds.add(ATTACHMENT_KINDS[attachment.kind]);
    if (message.role === 'assistant' && message.model) models.add(message.model);
    if (!hasCode && (message.kind === 'code' || message.text.includes(CODE_FENCE))) hasCode = true;
  }
  if (models.size === 0 && conversationModel) models.add(conversationModel);
  return { models: [...models], kinds: [...kinds], hasCode };
}
