/**
 * The hub tier in the vision worker: CLIP tags and ViT-GPT2 captions, tried only when the user
 * enabled hub models in Settings or the deployer mirrors them (otherwise nothing is requested and
 * the batch says "Hub models are off"). Each model is a singleton in lib/vision/hub; one that
 * fails to load is reported and retried with the next batch.
 */
import type { ProgressInfo } from '@huggingface/transformers';
import type { DeviceChoice } from '@/lib/ml/device';
import { HUB_OFF_MESSAGE } from '@/lib/ml/hub/errors';
import { resolveHubSettings } from '@/lib/ml/hub/settings';
import { db } from '@/lib/store/db';
import { HUB_MODELS_ENABLED_KEY } from '@/lib/store/settings';
import { loadHubCaptioner } from '@/lib/vision/hub/captions';
import type { HubVisionOptions } from '@/lib/vision/hub/load';
import { loadHubImageTagger } from '@/lib/vision/hub/tags';
import type { VisionPorts } from '@/lib/vision/run-batch';
import type { HubVisionStatus } from './protocol';

export const HUB_NOT_ASKED: HubVisionStatus = { state: 'off', tags: false, captions: false, message: 'Captions and tags were not asked for.' };

/** Download events of the load in flight, forwarded to whichever batch waits on it. */
let downloadListener: ((info: ProgressInfo) => void) | null = null;

const reason = (result: PromiseSettledResult<unknown>) => (result.status === 'rejected' ? (result.reason instanceof Error ? result.reason.message : String(result.reason)) : null);

export async function hubPorts(device: DeviceChoice, onDownload: (info: ProgressInfo) => void): Promise<{ status: HubVisionStatus; ports?: VisionPorts['hub'] }> {
  const enabled = (await db().settings.get(HUB_MODELS_ENABLED_KEY))?.value === true;
  const options: HubVisionOptions = {
    hubEnabled: enabled,
    device: device.backend === 'webgpu' ? 'webgpu' : 'wasm',
    threads: device.threads,
    onProgress: (info) => downloadListener?.(info),
  };
  if (!resolveHubSettings(options).allowRemoteModels) return { status: { state: 'off', tags: false, captions: false, message: HUB_OFF_MESSAGE } };
  downloadListener = onDownload;
  try {
    const [tagger, captioner] = await Promise.allSettled([loadHubImageTagger(options), loadHubCaptioner(options)]);
    const tags = tagger.status === 'fulfilled' ? tagger.value : null;
    const captions = captioner.status === 'fulfilled' ? captioner.value : null;
    const problems = [reason(tagger), reason(captioner)].filter((problem): problem is string => problem !== null);
    const status: HubVisionStatus = {
      state: tags || captions ? 'ready' : 'unavailable',
      tags: tags !== null,
      captions: captions !== null,
      message: problems.length > 0 ? [...new Set(problems)].join(' ') : null,
    };
    return { status, ports: { ...(tags ? { tag: tags.tag } : {}), ...(captions ? { caption: captions.caption } : {}) } };
  } finally {
    downloadListener = null;
  }
}
