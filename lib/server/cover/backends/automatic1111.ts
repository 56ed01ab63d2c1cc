/**
 * AUTOMATIC1111 / Forge web UI (`--api`): txt2img answers when the image is done, so progress
 * comes from polling /sdapi/v1/progress alongside it. Its `--api-auth user:pass` is HTTP Basic:
 * a DIFFUSION_API_KEY with a colon is sent that way, anything else as a Bearer token.
 */
import { z } from 'zod';
import type { DiffusionConfig } from '../../config';
import { bearer, fetchUpstream, readUpstreamJson, upstreamError } from '../../upstream';
import { decodeBase64Png, MAX_IMAGE_JSON_BYTES, sleep, type DiffusionBackend } from './types';

const ENGINE = 'AUTOMATIC1111 engine';

const txt2imgSchema = z.object({ images: z.array(z.string()).min(1) });
const progressSchema = z.object({ progress: z.number().min(0).max(1) });

function authorization(apiKey: string | undefined): Record<string, string> {
  if (apiKey?.includes(':')) return { Authorization: `Basic ${Buffer.from(apiKey).toString('base64')}` };
  return bearer(apiKey);
}

export function automatic1111Backend(config: DiffusionConfig): DiffusionBackend {
  const headers = { 'Content-Type': 'application/json', ...authorization(config.apiKey) };

  async function pollProgress(signal: AbortSignal, onProgress: (progress: number) => void) {
    while (!signal.aborted) {
      await sleep(config.pollMs, signal).catch(() => undefined);
      if (signal.aborted) return;
      try {
        const response = await fetchUpstream(ENGINE, `${config.url}/sdapi/v1/progress?skip_current_image=true`, { headers, signal }, config.timeoutMs);
        const parsed = progressSchema.safeParse(await readUpstreamJson(ENGINE, response, 65_536, config.timeoutMs));
        if (parsed.success) onProgress(parsed.data.progress);
      } catch {
        // Progress is a nicety; the txt2img call decides success or failure.
      }
    }
  }

  return {
    name: 'automatic1111',
    async generate(request, { signal, onProgress }) {
      const polling = new AbortController();
      const progressLoop = pollProgress(AbortSignal.any([signal, polling.signal]), onProgress);
      try {
        const response = await fetchUpstream(
          ENGINE,
          `${config.url}/sdapi/v1/txt2img`,
          {
            method: 'POST',
            headers,
            signal,
            body: JSON.stringify({
              prompt: request.prompt,
              negative_prompt: request.negativePrompt,
              seed: request.seed,
              width: request.size,
              height: request.size,
              steps: 25,
              cfg_scale: 7,
              batch_size: 1,
              n_iter: 1,
            }),
          },
          config.timeoutMs,
        );
        const parsed = txt2imgSchema.safeParse(await readUpstreamJson(ENGINE, response, MAX_IMAGE_JSON_BYTES, config.timeoutMs));
        if (!parsed.success) throw upstreamError(`The ${ENGINE} answered txt2img without an image.`);
        return decodeBase64Png(ENGINE, parsed.data.images[0]!);
      } catch (error) {
        // Free the GPU when the job gave up; the engine would otherwise finish for nobody.
        if (signal.aborted) void fetch(`${config.url}/sdapi/v1/interrupt`, { method: 'POST', headers }).catch(() => undefined);
        throw error;
      } finally {
        polling.abort();
        await progressLoop;
      }
    },
  };
}
