/** Diffusion covers on the deployer's engine (optional; 501 without it). The prompt is built here, from facts only. */
import { readJsonBody } from '@/lib/server/body';
import { diffusionConfig } from '@/lib/server/config';
import { coverRequestSchema, submitCoverJob } from '@/lib/server/cover/jobs';
import { ApiError, handleApi, jsonResponse } from '@/lib/server/http';
import { enforceRateLimit } from '@/lib/server/rate-limit';

export const dynamic = 'force-dynamic';

const MAX_BODY_BYTES = 64 * 1024;

const NOT_CONFIGURED =
  'Server cover art is not configured: set DIFFUSION_BACKEND (automatic1111, comfyui or openai-images) and DIFFUSION_URL (plus DIFFUSION_MODEL for comfyui, and DIFFUSION_API_KEY if the engine needs one). The app keeps its on-device art.';

/** Whether this deployment has an engine, so the UI offers it only then. */
export function GET(request: Request) {
  return handleApi(async () => {
    enforceRateLimit(request, 'cover-configured', { capacity: 60, perMinute: 60 });
    const config = diffusionConfig();
    return jsonResponse(config ? { configured: true, backend: config.backend } : { configured: false });
  });
}

export function POST(request: Request) {
  return handleApi(async () => {
    enforceRateLimit(request, 'cover', { capacity: 6, perMinute: 6 });
    const config = diffusionConfig();
    if (!config) throw new ApiError(501, 'not_configured', NOT_CONFIGURED);
    const input = await readJsonBody(request, coverRequestSchema, MAX_BODY_BYTES);
    const job = submitCoverJob(config, input);
    return jsonResponse(job, job.status === 'done' ? 200 : 202);
  });
}
