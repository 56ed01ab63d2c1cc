/** Streams a stored import back as normalized conversations, a page at a time. */
import Dexie from 'dexie';
import type { Conversation } from '../model/conversation';
import type { ConversationBodyRow, WrappedDb } from './db';

const PAGE_SIZE = 200;

export async function* iterateStoredConversations(db: WrappedDb, importId: string): AsyncGenerator<Conversation> {
  let after: [string, string] | null = null;
  for (;;) {
    const lower: [string, string] = after ?? [importId, Dexie.minKey as unknown as string];
    const bodies: ConversationBodyRow[] = await db.bodies
      .where('[importId+conversationId]')
      .between(lower, [importId, Dexie.maxKey as unknown as string], after === null, true)
      .limit(PAGE_SIZE)
      .toArray();
    if (bodies.length === 0) return;
    const metas = await db.conversations.bulkGet(bodies.map((body) => [importId, body.conversationId] as [string, string]));
    for (let i = 0; i < bodies.length; i++) {
      const meta = metas[i];
      const body = bodies[i]!;
      if (!meta) continue;
      yield {
        id: meta.id,
        source: meta.source,
        title: meta.title,
        createdAt: meta.createdAt,
        updatedAt: meta.updatedAt,
        model: meta.model,
        messages: body.messages,
      };
    }
    const last: ConversationBodyRow = bodies[bodies.length - 1]!;
    after = [importId, last.conversationId];
  }
}
