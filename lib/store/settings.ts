/** Keys of the settings table. */
export const ACTIVE_IMPORT_KEY = 'activeImportId';
/** 'auto' | 'webgpu' | 'wasm': where the ML worker runs the encoder. */
export const ML_DEVICE_PREFERENCE_KEY = 'ml-device-preference';
/** true when the user allows models from the Hugging Face hub (or the deployer's mirror). */
export const HUB_MODELS_ENABLED_KEY = 'hub-models-enabled';
/** The user's choices for generated words and cover art (see lib/view/wrapped-look). */
export const WRAPPED_LOOK_KEY = 'wrapped-look';
/** The speech-synthesis voice (its voiceURI) the story narration uses. */
export const NARRATION_VOICE_KEY = 'narration-voice';
/** Shipped heads deployed on the server's model registry, cached here (see lib/ml/heads/registry). */
export const REGISTRY_HEADS_KEY = 'registry-heads';
