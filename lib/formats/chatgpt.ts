/** One ChatGPT conversation object (an element of `conversations.json` or a shard) → Conversation. */
import type { Conversation, Message } from '../model/conversation';
import type { SkipReport } from '../ingest/skip-report';
import { displayedBranch } from './chatgpt-branch';
import { readChatGptMessage } from './chatgpt-message';
import { asRecord, asString, ownRecord, secondsToMs } from './json';

/**
 * Returns null, and counts why, for unreadable or empty conversations; never throws, so one
 * bad conversation cannot sink an import of thousands.
 */
export function parseChatGptConversation(element: unknown, skipped: SkipReport): Conversation | null {
  const raw = asRecord(element);
  const mapping = asRecord(raw?.mapping);
  const id = asString(raw?.id) ?? asString(raw?.conversation_id);
  if (!raw || !mapping || id === undefined) {
    skipped.invalidConversations++;
    return null;
  }
  const defaultModel = asString(raw.default_model_slug) ?? null;
  const branch = displayedBranch(mapping, raw.current_node);

  const messages: Message[] = [];
  for (const nodeId of branch) {
    const node = ownRecord(mapping, nodeId);
    const verdict = node && readChatGptMessage(node, nodeId, defaultModel);
    if (!verdict) continue;
    if ('keep' in verdict) messages.push(verdict.keep);
    else skipped[verdict.skip]++;
  }
  skipped.offBranchMessages += countOffBranchShown(mapping, new Set(branch), defaultModel);

  if (!messages.some((message) => message.role === 'user' || message.role === 'assistant')) {
    skipped.emptyConversations++;
    return null;
  }
  return {
    id,
    source: 'chatgpt',
    title: asString(raw.title)?.trim() || 'Untitled',
    createdAt: secondsToMs(raw.create_time),
    updatedAt: secondsToMs(raw.update_time),
    model: defaultModel,
    messages,
  };
}

/** Off-branch nodes that would have been shown had the user stayed on that branch. */
function countOffBranchShown(
  mapping: Record<string, unknown>,
  branch: Set<string>,
  defaultModel: string | null,
): number {
  let count = 0;
  for (const [nodeId, value] of Object.entries(mapping)) {
    const node = asRecord(value);
    if (!node || branch.has(nodeId)) continue;
    const verdict = readChatGptMessage(node, nodeId, defaultModel);
    if (verdict && 'keep' in verdict) count++;
  }
  return count;
}
