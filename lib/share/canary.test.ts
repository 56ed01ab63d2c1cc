/**
 * The privacy promise end to end in Node: an export with canaries in its messages, through the
 * real stats, persona, ML pipeline and text generator, into a share payload with every item
 * ticked. No canary and no run of message words may come out, in any style.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWrappedFacts, type WrappedFacts } from '../gen/facts';
import { wrappedViewOf } from '../view/wrapped-view';
import { generateTemplateTexts } from '../gen/template/generate';
import { TEXT_STYLES, type GeneratedTexts } from '../gen/types';
import { parseChatGptConversation } from '../formats/chatgpt';
import { emptySkipReport } from '../ingest/skip-report';
import { loadTrainedHeads } from '../ml/heads/trained';
import { nodeEncoders } from '../ml/node/node-encoders';
import { runMlPipeline } from '../ml/pipeline/run';
import type { Conversation } from '../model/conversation';
import { analysePeriod } from '../persona';
import { createStatsCollector } from '../stats/collector';
import { buildSharePayload, shareItems } from './build';
import { shareCards } from './cards';
import { decodeShareFragment, encodeShareFragment } from './fragment';
import type { SharePayload } from './payload';
import { CANARIES, CANARY_EMAIL, CANARY_NAME, CANARY_PHONE, CANARY_TOKEN, CANARY_URL, canaryExportJson } from './test-canary-export';

const SHINGLE = 6;

/** Every run of SHINGLE consecutive words of the user's messages and titles, lower-cased. */
function messageShingles(conversations: Conversation[]): Set<string> {
  const shingles = new Set<string>();
  for (const conversation of conversations) {
    for (const text of [conversation.title, ...conversation.messages.filter((m) => m.role === 'user').map((m) => m.text)]) {
      const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      for (let i = 0; i + SHINGLE <= words.length; i++) shingles.add(words.slice(i, i + SHINGLE).join(' '));
    }
  }
  return shingles;
}

function leaks(payload: SharePayload, shingles: Set<string>): string[] {
  const shared = [JSON.stringify(payload), JSON.stringify(shareCards(payload))].join(' ');
  const found = CANARIES.filter((canary) => shared.toLowerCase().includes(canary.toLowerCase()));
  const words = shared.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const run = words.slice(i, i + SHINGLE).join(' ');
    if (shingles.has(run)) found.push(run);
  }
  return found;
}

describe('share payload from an export with canaries', () => {
  let conversations: Conversation[];
  let facts: WrappedFacts;

  beforeAll(async () => {
    const skipped = emptySkipReport();
    conversations = (JSON.parse(canaryExportJson(60)) as unknown[]).map((element) => parseChatGptConversation(element, skipped)).filter((c): c is Conversation => c !== null);
    const collector = createStatsCollector();
    for (const conversation of conversations) collector.add(conversation);
    const period = analysePeriod(collector.compute({ timeZone: 'UTC' }));
    const [encoders, heads] = await Promise.all([nodeEncoders(), loadTrainedHeads()]);
    const { analysis } = await runMlPipeline(conversations, {
      timeZone: 'UTC', messageEncoder: encoders.student, conversationEncoder: encoders.teacher, heads, cache: null, now: Date.UTC(2027, 0, 1),
    });
    facts = buildWrappedFacts(wrappedViewOf({ key: 'all', label: 'All time', year: null, period }, analysis));
  }, 180_000);

  it('has the canaries in its messages, so the checks below can fail', () => {
    const text = conversations.flatMap((c) => [c.title, ...c.messages.map((m) => m.text)]).join('\n');
    for (const canary of [CANARY_TOKEN, CANARY_EMAIL, CANARY_PHONE, CANARY_URL, CANARY_NAME]) expect(text).toContain(canary);
    expect(facts.ml?.topics.length).toBeGreaterThan(1);
  });

  it.each(TEXT_STYLES)('shares no canary and no message text with every item ticked (%s words)', (style) => {
    const texts = generateTemplateTexts(facts, { style, seed: 42 });
    const everything = shareItems(facts, texts).map((item) => item.id);
    const { payload } = buildSharePayload(facts, texts, 'hologram', everything);
    expect(leaks(payload, messageShingles(conversations))).toEqual([]);
    expect(payload.topics?.length).toBe(facts.ml!.topics.length);
    expect(decodeShareFragment(encodeShareFragment(payload))).toEqual({ ok: true, payload });
  });

  it('scrubs canaries a server model might echo into the words', () => {
    const texts = generateTemplateTexts(facts, { style: 'casual', seed: 1 });
    const echoed: GeneratedTexts = {
      ...texts,
      tagline: `A year of notes for ${CANARY_NAME}`,
      persona: `You kept ${CANARY_EMAIL} and ${CANARY_PHONE} close.`,
      insights: [{ id: 'echo', text: `You opened ${CANARY_URL} often.`, score: 99 }, ...texts.insights],
    };
    const { payload, removed } = buildSharePayload(facts, echoed, 'neon', shareItems(facts, echoed).map((item) => item.id));
    expect(leaks(payload, new Set())).toEqual([]);
    expect(removed).toEqual(expect.arrayContaining([{ kind: 'email', count: 1 }, { kind: 'url', count: 1 }, { kind: 'phone', count: 1 }]));
    expect(payload.tagline).toBe('A year of notes for [name]');
  });
});
