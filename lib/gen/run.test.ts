/** Every engine against the real thing: a local HTTP server speaking /api/generate, and the hub loader with hub models off. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WrappedFacts } from './facts';
import { checkedTemplateTexts } from './generate';
import { demoFacts } from './demo-facts';
import { HUB_OFF_MESSAGE } from '@/lib/ml/hub/errors';
import { loadHubTextGenerator } from '@/lib/ml/hub/text-generation';
import { runGeneration, type GenDeps, type GenProgress } from './run';

type Handler = (body: unknown, response: ServerResponse) => void;
let handler: Handler;
let server: Server;
let url: string;
let facts: WrappedFacts;
let emptyModels: string;
const received: unknown[] = [];

beforeAll(async () => {
  facts = await demoFacts({ conversations: 60, seed: 5 });
  emptyModels = await mkdtemp(path.join(tmpdir(), 'no-models-'));
  server = createServer((request: IncomingMessage, response) => {
    let data = '';
    request.on('data', (chunk) => (data += chunk));
    request.on('end', () => {
      const body = JSON.parse(data) as unknown;
      received.push(body);
      handler(body, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/generate`;
}, 120_000);
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(emptyModels, { recursive: true, force: true });
});

const json = (response: ServerResponse, status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
const deps = (): GenDeps => ({
  serverUrl: url,
  hubGenerator: (onProgress) => loadHubTextGenerator({ device: 'cpu', hubEnabled: false, baseUrl: null, localModelPath: emptyModels, onProgress: (info) => onProgress({ phase: 'model', info }) }),
});
const job = (engine: 'template' | 'hub' | 'server') => ({ facts, style: 'humorous' as const, seed: 9, engine });
const run = (engine: 'template' | 'hub' | 'server', signal = new AbortController().signal, progress: GenProgress[] = []) => runGeneration(job(engine), deps(), signal, (p) => progress.push(p));

describe('runGeneration', () => {
  it('template: the checked template texts, timed', async () => {
    const result = await run('template');
    expect(result.texts).toEqual(checkedTemplateTexts(facts, { style: 'humorous', seed: 9 }).texts);
    expect(result.rejected).toEqual([]);
    expect(result.fallbackReason).toBeUndefined();
    expect(result.ms).toBeGreaterThan(0);
  });

  it('server: posts the facts and style, grounds the answer and keeps what holds', async () => {
    handler = (_, response) =>
      json(response, 200, { model: 'test-llm', content: `Here you go:\n\`\`\`json\n{"tagline": "${facts.conversations} conversations, all yours.", "persona": "You sent 123456 prompts."}\n\`\`\`` });
    const progress: GenProgress[] = [];
    const result = await run('server', undefined, progress);
    expect(received.at(-1)).toEqual({ facts, style: 'humorous' });
    expect(progress).toEqual([{ phase: 'server' }]);
    expect(result.texts.engine).toBe('server');
    expect(result.texts.tagline).toBe(`${facts.conversations} conversations, all yours.`);
    expect(result.texts.persona).toBe(checkedTemplateTexts(facts, { style: 'humorous', seed: 9 }).texts.persona);
    expect(result.rejected).toEqual([{ kind: 'number', value: '123456', text: 'You sent 123456 prompts.' }]);
  });

  it('server: 501 and other failures fall back to the templates with the reason', async () => {
    const template = checkedTemplateTexts(facts, { style: 'humorous', seed: 9 }).texts;
    handler = (_, response) => json(response, 501, { error: { code: 'not_configured', message: 'No language model is configured: set LLM_BASE_URL and LLM_MODEL.' } });
    expect(await run('server')).toMatchObject({ texts: template, fallbackReason: 'No language model is configured: set LLM_BASE_URL and LLM_MODEL.' });
    handler = (_, response) => json(response, 502, { error: { code: 'upstream', message: 'The model server timed out' } });
    expect(await run('server')).toMatchObject({ texts: template, fallbackReason: 'The text server failed: The model server timed out. Showing the built-in texts.' });
    handler = (_, response) => response.writeHead(500).end('<html>oops</html>');
    expect((await run('server')).fallbackReason).toBe('The text server failed: HTTP 500. Showing the built-in texts.');
    const unreachable = await runGeneration(job('server'), { ...deps(), serverUrl: 'http://127.0.0.1:9/api/generate' }, new AbortController().signal, () => {});
    expect(unreachable.texts).toEqual(template);
    expect(unreachable.fallbackReason).toMatch(/^Could not reach the text server/);
  });

  it('server: a cancelled request rejects instead of answering', async () => {
    handler = (_, response) => setTimeout(() => json(response, 200, { model: 'slow', content: '{}' }), 2_000);
    const controller = new AbortController();
    const pending = run('server', controller.signal);
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toThrow();
  });

  it('hub: with hub models off, the template texts and the clear reason', async () => {
    const result = await run('hub');
    expect(result.texts).toEqual(checkedTemplateTexts(facts, { style: 'humorous', seed: 9 }).texts);
    expect(result.fallbackReason).toBe(HUB_OFF_MESSAGE);
  });
});
