/** Why a hub model could not be loaded, in words the UI can show as they stand. */
import type { HubEnvSettings } from './settings';

export type HubErrorCode = 'hub-off' | 'unreachable' | 'not-found' | 'unknown-model';

export const HUB_OFF_MESSAGE = 'Hub models are off: enable them in Settings, or set NEXT_PUBLIC_MODEL_BASE_URL';

export class HubModelError extends Error {
  constructor(
    readonly code: HubErrorCode,
    message: string,
    readonly modelId: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'HubModelError';
  }
}

const NETWORK_FAILURE = /fetch failed|failed to fetch|networkerror|network error|load failed|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|Error \(5\d\d\)|Internal server error|Service unavailable/i;

/**
 * Maps what transformers.js throws onto a HubModelError; anything else (a broken model file, an
 * ONNX Runtime failure) is returned unchanged so it is not mistaken for a network problem.
 */
export function classifyHubError(error: unknown, model: { id: string; name: string; repo: string }, settings: HubEnvSettings): unknown {
  if (error instanceof HubModelError) return error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  const status = (error as { status?: unknown } | null)?.status;
  const host = settings.mirrored ? settings.remoteHost : 'huggingface.co';

  if (!settings.allowRemoteModels && (name === 'ModelFileNotFoundError' || /allowRemoteModels=false|local_files_only/.test(message))) {
    return new HubModelError('hub-off', HUB_OFF_MESSAGE, model.id, { cause: error });
  }
  if (name === 'ModelFileNotFoundError' && typeof status === 'number') {
    return new HubModelError('not-found', `${model.repo} was not found at ${host} (HTTP ${status}).`, model.id, { cause: error });
  }
  if (settings.allowRemoteModels && (error instanceof TypeError || NETWORK_FAILURE.test(message) || NETWORK_FAILURE.test(String((error as { cause?: unknown })?.cause ?? '')))) {
    const check = settings.mirrored ? 'check the connection and NEXT_PUBLIC_MODEL_BASE_URL' : 'check the connection, or use the bundled encoder';
    return new HubModelError('unreachable', `Could not reach ${host} to download ${model.name}: ${check}.`, model.id, { cause: error });
  }
  return error;
}
