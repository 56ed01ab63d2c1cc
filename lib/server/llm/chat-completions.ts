/**
 * The deployer's OpenAI-compatible chat endpoint. It gets the facts prompt only (never chat
 * text) and its raw JSON answer goes back to the browser, which parses it and runs the
 * grounding checker before showing a word of it.
 */
import { z } from 'zod';
import type { ChatMessage } from '../../gen/llm/prompt';
import type { LlmConfig } from '../config';
import { bearer, fetchUpstream, readUpstreamJson, upstreamError } from '../upstream';

const ENGINE = 'text engine';
const MAX_RESPONSE_BYTES = 1_048_576;

const completionSchema = z.object({
  model: z.string().optional(),
  choices: z.array(z.object({ message: z.object({ content: z.string().min(1) }) })).min(1),
});

export interface ChatCompletion {
  content: string;
  model: string;
}

export function chatCompletionRequest(config: LlmConfig, messages: ChatMessage[]) {
  return {
    model: config.model,
    messages,
    response_format: { type: 'json_object' },
    temperature: 0.7,
    max_tokens: 600,
  };
}

export async function requestChatCompletion(config: LlmConfig, messages: ChatMessage[]): Promise<ChatCompletion> {
  const signal = AbortSignal.timeout(config.timeoutMs);
  const response = await fetchUpstream(
    ENGINE,
    `${config.baseUrl}/chat/completions`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...bearer(config.apiKey) },
      body: JSON.stringify(chatCompletionRequest(config, messages)),
      signal,
    },
    config.timeoutMs,
  );
  const parsed = completionSchema.safeParse(await readUpstreamJson(ENGINE, response, MAX_RESPONSE_BYTES, config.timeoutMs));
  if (!parsed.success) throw upstreamError(`The ${ENGINE} answered without a chat completion.`);
  return { content: parsed.data.choices[0]!.message.content, model: parsed.data.model ?? config.model };
}
