/**
 * The bundled image models in the worker: fetched from /models/ (copied there at set-up), on the
 * chosen backend, warmed up once, cached as a promise. If WebGPU fails to load or to run them, the
 * worker goes on with WASM and `onFallback` tells the UI why.
 */
import { loadGraphModel } from '@tensorflow/tfjs-converter';
import { loadLayersModel } from '@tensorflow/tfjs-layers';
import type { DeviceChoice } from '@/lib/ml/device';
import { getModel, modelUrl } from '@/lib/models/catalog';
import { warmUp, type BundledVisionModels } from '@/lib/vision/bundled-models';
import { activateBackend, type TfBackend } from '../shared/tfjs-backend';

const NSFW_URL = `${modelUrl(getModel('nsfw-mobilenet-v2'))}model.json`;
const CENTERNET_URL = `${modelUrl(getModel('centernet-coco'))}centernet.json`;

/** TF.js's loaders say "Request to … failed with status code 404" for a file set-up did not copy. */
export class MissingModelFilesError extends Error {
  constructor(cause: unknown) {
    super(`The bundled image models are missing from /models/ (${cause instanceof Error ? cause.message : String(cause)}).`, { cause });
    this.name = 'MissingModelFilesError';
  }
}

async function loadOn(backend: TfBackend): Promise<BundledVisionModels> {
  await activateBackend(backend);
  let models: BundledVisionModels;
  try {
    const [nsfw, centerNet] = await Promise.all([loadLayersModel(NSFW_URL), loadGraphModel(CENTERNET_URL)]);
    models = { nsfw, centerNet };
  } catch (error) {
    throw /status code 404|failed with status/i.test(String(error)) ? new MissingModelFilesError(error) : error;
  }
  try {
    await warmUp(models);
    return models;
  } catch (error) {
    models.nsfw.dispose();
    models.centerNet.dispose();
    throw error;
  }
}

let loaded: Promise<BundledVisionModels> | undefined;

export function bundledModels(device: DeviceChoice, onFallback: (choice: DeviceChoice) => void): Promise<BundledVisionModels> {
  loaded ??=
    device.backend === 'wasm'
      ? loadOn('wasm')
      : loadOn('webgpu').catch((error: unknown) => {
          if (error instanceof MissingModelFilesError) throw error;
          const why = error instanceof Error ? error.message : String(error);
          onFallback({ ...device, backend: 'wasm', softwareGpu: false, shaderF16: false, reason: `WebGPU failed here (${why}); the image models run on WASM instead` });
          return loadOn('wasm');
        });
  loaded.catch(() => (loaded = undefined));
  return loaded;
}
