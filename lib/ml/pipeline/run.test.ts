/** The whole ML pipeline on real demo conversations with the real encoders and heads. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TextEncoderPort } from '../encoder-port';
import { loadTrainedHeads } from '../heads/trained';
import { nodeEncoders } from '../node/node-encoders';
import { memoryVectorCache } from './memory-cache';
import { runMlPipeline } from './run';
import { demoConversations } from './test-conversations';

/** Counts the texts an encoder is really asked to embed. */
function counting(encoder: TextEncoderPort) {
  const counter = { texts: 0 };
  const port: TextEncoderPort = { ...encoder, embed: (texts, options) => ((counter.texts += texts.length), encoder.embed(texts, options)) };
  return { port, counter };
}

const sum = (shares: Record<string, number>) => Object.values(shares).reduce((a, b) => a + b, 0);

describe('runMlPipeline', () => {
  let encoders: Awaited<ReturnType<typeof nodeEncoders>>;
  beforeAll(async () => {
    encoders = await nodeEncoders();
  }, 60_000);

  it('labels, clusters and describes an export, and a re-import embeds only new text', async () => {
    const heads = await loadTrainedHeads();
    const cache = memoryVectorCache();
    const student = counting(encoders.student);
    const teacher = counting(encoders.teacher);
    const options = { timeZone: 'Europe/Paris', messageEncoder: student.port, conversationEncoder: teacher.port, heads, cache, now: Date.UTC(2026, 10, 20) };
    const conversations = demoConversations(60);
    const first = await runMlPipeline(conversations, options);
    const { analysis } = first;

    expect(analysis.counts.userMessages).toBe(first.inputs.messages.length);
    expect(analysis.counts.conversations).toBe(60);
    expect(analysis.counts.cacheHits).toBe(0);
    for (const shares of [analysis.sentiment.overall, analysis.emotions.overall, analysis.intents.overall]) expect(sum(shares)).toBeCloseTo(1, 6);
    expect(analysis.topics.length).toBeGreaterThanOrEqual(2);
    expect(analysis.topics.reduce((n, topic) => n + topic.conversations, 0)).toBe(60);
    expect(analysis.topicMap).toHaveLength(60);
    expect(analysis.language.words).toBeGreaterThan(0);
    expect(analysis.encoders.messages.id).toBe('use-lite-static');
    expect(analysis.encoders.conversations.id).toBe('use-lite');
    // Duplicate prompts are embedded once.
    expect(student.counter.texts).toBeLessThan(first.inputs.messages.length);

    const before = { student: student.counter.texts, teacher: teacher.counter.texts };
    const newer = demoConversations(63);
    const second = await runMlPipeline(newer, options);
    const newTexts = student.counter.texts - before.student + teacher.counter.texts - before.teacher;
    expect(second.analysis.counts.cacheHits).toBeGreaterThan(0);
    expect(newTexts).toBe(second.analysis.counts.textsEmbedded - second.analysis.counts.cacheHits);
    expect(newTexts).toBeLessThan(first.analysis.counts.textsEmbedded / 5);
  }, 120_000);

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const heads = await loadTrainedHeads();
    const run = runMlPipeline(demoConversations(5), {
      timeZone: 'UTC', messageEncoder: encoders.student, conversationEncoder: encoders.teacher, heads, cache: null, now: 0, signal: controller.signal,
    });
    await expect(run).rejects.toThrow();
  });
});
