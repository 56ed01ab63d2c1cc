/** Server text generation through the deployer's OpenAI-compatible endpoint (optional; 501 without it). */
import { z } from 'zod';
import { wrappedFactsSchema } from '@/lib/gen/facts';
import { buildLlmMessages } from '@/lib/gen/llm/prompt';
import { TEXT_STYLES } from '@/lib/gen/types';
import { readJsonBody } from '@/lib/server/body';
import { llmConfig } from '@/lib/server/config';
import { ApiError, handleApi, jsonResponse } from '@/lib/server/http';
import { requestChatCompletion } from '@/lib/server/llm/chat-completions';
import { enforceRateLimit } from '@/lib/server/rate-limit';

export const dynamic = 'force-dynamic';

const MAX_BODY_BYTES = 64 * 1024;
const requestSchema = z.strictObject({ facts: wrappedFactsSchema, style: z.enum(TEXT_STYLES) });

const NOT_CONFIGURED =
  'Server text generation is not configured: set LLM_BASE_URL and LLM_MODEL (and LLM_API_KEY if your endpoint needs one). The app uses its on-device writer instead.';

/** Whether this deployment has a model, so the UI offers it only then. */
export function GET(request: Request) {
  return handleApi(async () => {
    enforceRateLimit(request, 'generate-configured', { capacity: 60, perMinute: 60 });
    const config = llmConfig();
    return jsonResponse(config ? { configured: true, model: config.model } : { configured: false });
  });
}

export function POST(request: Request) {
  return handleApi(async () => {
    enforceRateLimit(request, 'generate', { capacity: 10, perMinute: 10 });
    const config = llmConfig();
    if (!config) throw new ApiError(501, 'not_configured', NOT_CONFIGURED);
    const { facts, style } = await readJsonBody(request, requestSchema, MAX_BODY_BYTES);
    return jsonResponse(await requestChatCompletion(config, buildLlmMessages(facts, style)));
  });
}
