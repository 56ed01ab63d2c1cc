import type { DiffusionBackendName, DiffusionConfig } from '../../config';
import { automatic1111Backend } from './automatic1111';
import { comfyuiBackend } from './comfyui';
import { openaiImagesBackend } from './openai-images';
import type { BackendFactory, DiffusionBackend } from './types';

const FACTORIES: Record<DiffusionBackendName, BackendFactory> = {
  automatic1111: automatic1111Backend,
  comfyui: comfyuiBackend,
  'openai-images': openaiImagesBackend,
};

export function createBackend(config: DiffusionConfig): DiffusionBackend {
  return FACTORIES[config.backend](config);
}
