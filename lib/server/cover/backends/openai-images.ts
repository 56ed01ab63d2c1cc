/**
 * OpenAI Images API and compatible servers: POST /images/generations, image as b64_json.
 * gpt-image models always answer in base64 and reject `response_format`; older and
 * compatible models need it. A URL-only answer is refused: the server fetches nothing the
 * engine names. There is no seed parameter, so a seed only keys the cache.
 */
import { z } from 'zod';
import type { DiffusionConfig } from '../../config';
import { bearer, fetchUpstream, readUpstreamJson, upstreamError } from '../../upstream';
import { decodeBase64Png, MAX_IMAGE_JSON_BYTES, type DiffusionBackend } from './types';

const ENGINE = 'image engine';
const DEFAULT_MODEL = 'gpt-image-1';

const generationSchema = z.object({ data: z.array(z.object({ b64_json: z.string().min(1) })).min(1) });

export function openaiImagesBackend(config: DiffusionConfig): DiffusionBackend {
  const model = config.model ?? DEFAULT_MODEL;
  return {
    name: 'openai-images',
    async generate(request, { signal, onProgress }) {
      const body = {
        model,
        prompt: `${request.prompt}. Avoid: ${request.negativePrompt}.`,
        n: 1,
        size: `${request.size}x${request.size}`,
        ...(model.startsWith('gpt-image') ? {} : { response_format: 'b64_json' }),
      };
      const response = await fetchUpstream(
        ENGINE,
        `${config.url}/images/generations`,
        { method: 'POST', headers: { 'Content-Type': 'application/json', ...bearer(config.apiKey) }, signal, body: JSON.stringify(body) },
        config.timeoutMs,
      );
      const parsed = generationSchema.safeParse(await readUpstreamJson(ENGINE, response, MAX_IMAGE_JSON_BYTES, config.timeoutMs));
      if (!parsed.success) throw upstreamError(`The ${ENGINE} answered without a base64 image (b64_json).`);
      onProgress(1);
      return decodeBase64Png(ENGINE, parsed.data.data[0]!.b64_json);
    },
  };
}
