export { loadHubEncoder, disposeHubEncoders, type HubDevice, type HubEncoderOptions } from './encoder';
export { HubModelError, HUB_OFF_MESSAGE, type HubErrorCode } from './errors';
export { resolveHubSettings, modelBaseUrlFromEnv, type HubOptions, type HubEnvSettings } from './settings';
