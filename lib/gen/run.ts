/**
 * One generation request, whatever the engine, with its fallbacks: the template engine always
 * answers; the server and hub engines answer with grounded model texts, or with the template
 * texts and the reason why. Runtime-agnostic (the worker and the Node tests run it).
 */
import type { ProgressInfo } from '@huggingface/transformers';
import type { HubTextGenerator } from '../ml/hub/text-generation';
import type { WrappedFacts } from './facts';
import { checkedTemplateTexts, textsFromModelOutput } from './generate';
import { buildLlmMessages } from './llm/prompt';
import type { GeneratedTexts, GroundingIssue, TextEngine, TextStyle } from './types';

export type GenProgress =
  /** transformers.js download and load events of the hub model, unchanged (one bar per file). */
  | { phase: 'model'; info: ProgressInfo }
  /** The hub model is writing: characters decoded so far. */
  | { phase: 'writing'; characters: number }
  /** Waiting for the deployer's server. */
  | { phase: 'server' };

export interface GenResult {
  texts: GeneratedTexts;
  /** What the checker turned down (the texts shown instead are the template's). */
  rejected: GroundingIssue[];
  /** Why the requested engine's words are not shown (not configured, hub off, unusable answer). */
  fallbackReason?: string;
  /** Wall time of the request. */
  ms: number;
}

export interface GenJob {
  facts: WrappedFacts;
  style: TextStyle;
  seed: number;
  engine: TextEngine;
}

export interface GenDeps {
  /** Absolute URL of the deployer's /api/generate. */
  serverUrl: string;
  /** The hub text model, loaded (or loading) with progress. */
  hubGenerator: (onProgress: (progress: GenProgress) => void) => Promise<HubTextGenerator>;
}

type Outcome = Omit<GenResult, 'ms'>;

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

async function fromServer(job: GenJob, deps: GenDeps, signal: AbortSignal): Promise<Outcome> {
  let response: Response;
  try {
    response = await fetch(deps.serverUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ facts: job.facts, style: job.style }),
      signal,
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    return withTemplate(job, `Could not reach the text server (${(error as Error).message}); showing the built-in texts.`);
  }
  const body = (await response.json().catch(() => null)) as { content?: unknown; error?: { message?: unknown } } | null;
  if (response.ok && typeof body?.content === 'string') return textsFromModelOutput(body.content, job.facts, job, 'server');
  const message = typeof body?.error?.message === 'string' ? body.error.message : `HTTP ${response.status}`;
  return withTemplate(job, response.status === 501 ? message : `The text server failed: ${message}. Showing the built-in texts.`);
}

async function fromHub(job: GenJob, deps: GenDeps, signal: AbortSignal, onProgress: (progress: GenProgress) => void): Promise<Outcome> {
  try {
    const generator = await deps.hubGenerator(onProgress);
    signal.throwIfAborted();
    const raw = await generator.generate(buildLlmMessages(job.facts, job.style), { signal, onText: (text) => onProgress({ phase: 'writing', characters: text.length }) });
    return textsFromModelOutput(raw, job.facts, job, 'hub');
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    return withTemplate(job, (error as Error).message);
  }
}

function withTemplate(job: GenJob, fallbackReason: string): Outcome {
  return { ...checkedTemplateTexts(job.facts, job), fallbackReason };
}

export async function runGeneration(job: GenJob, deps: GenDeps, signal: AbortSignal, onProgress: (progress: GenProgress) => void): Promise<GenResult> {
  const started = performance.now();
  let outcome: Outcome;
  if (job.engine === 'server') {
    onProgress({ phase: 'server' });
    outcome = await fromServer(job, deps, signal);
  } else if (job.engine === 'hub') {
    outcome = await fromHub(job, deps, signal, onProgress);
  } else {
    outcome = checkedTemplateTexts(job.facts, job);
  }
  signal.throwIfAborted();
  return { ...outcome, ms: performance.now() - started };
}
