import { expect, it } from 'vitest';
import type { Conversation } from '../model/conversation';
import { createStatsCollector } from './collector';
import { conversation, message } from './test-conversations';

const VOCABULARY = 'alpha beta gamma delta kubernetes python recipe garden travel budget invoice poem'.split(' ');
const CONVERSATIONS = 20_000;
const MESSAGES_PER_CONVERSATION = 10;
const START = Date.parse('2024-01-01T00:00:00Z');
const TWO_YEARS = 2 * 365 * 86_400_000;

/** Deterministic pseudo-random conversations spread over two years, every hour of the day. */
function syntheticConversations(): Conversation[] {
  let seed = 1;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const words = (n: number) =>
    Array.from({ length: n }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]).join(' ');
  return Array.from({ length: CONVERSATIONS }, (_, c) => {
    const start = START + Math.floor(random() * TWO_YEARS);
    const messages = Array.from({ length: MESSAGES_PER_CONVERSATION }, (_, m) =>
      m % 2 === 0
        ? message('user', words(12), new Date(start + m * 60_000).toISOString())
        : message('assistant', words(60), new Date(start + m * 60_000).toISOString(), {
            model: m % 4 === 1 ? 'gpt-4o' : 'o3',
          }),
    );
    return conversation(`c${c}`, messages);
  });
}

it('collects and computes 200k messages in well under ten seconds', () => {
  const conversations = syntheticConversations();
  const began = performance.now();
  const collector = createStatsCollector();
  for (const c of conversations) collector.add(c);
  const allTime = collector.compute({ timeZone: 'America/New_York' });
  for (const year of collector.years('America/New_York')) {
    collector.compute({ timeZone: 'America/New_York', year });
  }
  const elapsed = performance.now() - began;

  expect(allTime.userMessages + allTime.assistantMessages).toBe(200_000);
  expect(allTime.conversations).toBe(CONVERSATIONS);
  expect(elapsed).toBeLessThan(10_000);
});
