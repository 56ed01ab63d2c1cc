/**
 * ComfyUI: queue a minimal txt2img graph (checkpoint → CLIP encode ×2 → empty latent →
 * KSampler → VAE decode → SaveImage) on /prompt, poll /history/{id} until its outputs appear,
 * then fetch the saved PNG from /view. DIFFUSION_MODEL names the checkpoint file.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { DiffusionConfig } from '../../config';
import { bearer, fetchUpstream, readUpstreamBytes, readUpstreamJson, upstreamError } from '../../upstream';
import { expectPng, MAX_IMAGE_BYTES, sleep, type DiffusionBackend, type DiffusionRequest } from './types';

const ENGINE = 'ComfyUI engine';
const SAVE_NODE = '9';

const queuedSchema = z.object({ prompt_id: z.string().min(1) });
const imageRefSchema = z.object({ filename: z.string().min(1), subfolder: z.string().default(''), type: z.string().default('output') });
const historyEntrySchema = z.object({
  status: z.object({ status_str: z.string().optional(), completed: z.boolean().optional() }).optional(),
  outputs: z.record(z.string(), z.object({ images: z.array(imageRefSchema).optional() })).default({}),
});

export function comfyWorkflow(request: DiffusionRequest, checkpoint: string) {
  return {
    '4': { class_type: 'CheckpointLoaderSimple', inputs: { ckpt_name: checkpoint } },
    '5': { class_type: 'EmptyLatentImage', inputs: { width: request.size, height: request.size, batch_size: 1 } },
    '6': { class_type: 'CLIPTextEncode', inputs: { text: request.prompt, clip: ['4', 1] } },
    '7': { class_type: 'CLIPTextEncode', inputs: { text: request.negativePrompt, clip: ['4', 1] } },
    '3': {
      class_type: 'KSampler',
      inputs: {
        seed: request.seed,
        steps: 25,
        cfg: 7,
        sampler_name: 'euler',
        scheduler: 'normal',
        denoise: 1,
        model: ['4', 0],
        positive: ['6', 0],
        negative: ['7', 0],
        latent_image: ['5', 0],
      },
    },
    '8': { class_type: 'VAEDecode', inputs: { samples: ['3', 0], vae: ['4', 2] } },
    [SAVE_NODE]: { class_type: 'SaveImage', inputs: { filename_prefix: 'ai-wrapped', images: ['8', 0] } },
  };
}

export function comfyuiBackend(config: DiffusionConfig): DiffusionBackend {
  const headers = { 'Content-Type': 'application/json', ...bearer(config.apiKey) };
  const getJson = async (path: string, signal: AbortSignal) =>
    readUpstreamJson(ENGINE, await fetchUpstream(ENGINE, `${config.url}${path}`, { headers, signal }, config.timeoutMs), 1_048_576, config.timeoutMs);

  async function waitForImage(promptId: string, signal: AbortSignal) {
    for (;;) {
      const history = z.record(z.string(), historyEntrySchema).safeParse(await getJson(`/history/${encodeURIComponent(promptId)}`, signal));
      if (!history.success) throw upstreamError(`The ${ENGINE} answered /history in an unexpected shape.`);
      const entry = history.data[promptId];
      if (entry?.status?.status_str === 'error') throw upstreamError(`The ${ENGINE} failed to run the workflow.`);
      const image = entry?.outputs[SAVE_NODE]?.images?.[0];
      if (image) return image;
      if (entry?.status?.completed) throw upstreamError(`The ${ENGINE} finished without saving an image.`);
      await sleep(config.pollMs, signal);
    }
  }

  return {
    name: 'comfyui',
    async generate(request, { signal, onProgress }) {
      try {
        const queued = await fetchUpstream(
          ENGINE,
          `${config.url}/prompt`,
          { method: 'POST', headers, signal, body: JSON.stringify({ prompt: comfyWorkflow(request, config.model!), client_id: randomUUID() }) },
          config.timeoutMs,
        );
        const parsed = queuedSchema.safeParse(await readUpstreamJson(ENGINE, queued, 1_048_576, config.timeoutMs));
        if (!parsed.success) throw upstreamError(`The ${ENGINE} did not queue the workflow.`);
        const image = await waitForImage(parsed.data.prompt_id, signal);
        onProgress(1);
        const query = new URLSearchParams({ filename: image.filename, subfolder: image.subfolder, type: image.type });
        const view = await fetchUpstream(ENGINE, `${config.url}/view?${query}`, { headers, signal }, config.timeoutMs);
        return expectPng(ENGINE, await readUpstreamBytes(ENGINE, view, MAX_IMAGE_BYTES + 1, config.timeoutMs));
      } catch (error) {
        if (signal.aborted) void fetch(`${config.url}/interrupt`, { method: 'POST', headers }).catch(() => undefined);
        throw error;
      }
    },
  };
}
