/** Maps a normalized conversation to its two stored rows: a small listing row and its body. */
import type { Conversation } from '../model/conversation';
import { conversationFacets } from './conversation-facets';
import type { ConversationBodyRow, ConversationRow } from './db';

/** Enough text for the browser's search without making listing rows heavy. */
const SEARCH_TEXT_CHARS = 8_000;

export function toConversationRows(importId: string, conversation: Conversation): { row: ConversationRow; body: ConversationBodyRow } {
  let userMessageCount = 0;
  let searchText = conversation.title;
  for (const message of conversation.messages) {
    if (message.role !== 'user') continue;
    userMessageCount++;
    if (searchText.length < SEARCH_TEXT_CHARS) searchText += `\n${message.text}`;
  }
  return {
    row: {
      importId,
      id: conversation.id,
      source: conversation.source,
      title: conversation.title,
      createdAt: conversation.createdAt,
      updatedAt: conversation.updatedAt,
      model: conversation.model,
      messageCount: conversation.messages.length,
      userMessageCount,
      searchText: searchText.slice(0, SEARCH_TEXT_CHARS).toLowerCase(),
      ...conversationFacets(conversation.messages, conversation.model),
    },
    body: { importId, conversationId: conversation.id, messages: conversation.messages },
  };
}
