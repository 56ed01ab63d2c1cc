/** Real demo conversations (seeded ChatGPT export → parser) for the pipeline tests. */
import { generateDemoExport } from '../../demo';
import { parseChatGptConversation } from '../../formats/chatgpt';
import type { Conversation } from '../../model/conversation';
import { emptySkipReport } from '../../ingest/skip-report';

export function demoConversations(count: number, seed = 2026): Conversation[] {
  const json = [...generateDemoExport({ seed, conversations: count })].join('');
  const skipped = emptySkipReport();
  return (JSON.parse(json) as unknown[]).map((element) => parseChatGptConversation(element, skipped)).filter((c): c is Conversation => c !== null);
}
