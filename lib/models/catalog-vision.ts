/** Image models: moderation, object detection (bundled), captions and zero-shot tags (hub). */
import { catalogEntry } from './catalog-entry';
import type { CatalogModel } from './types';

/**
 * nsfwjs's MobileNetV2 (224×224, 5 classes), a Keras layers model with uint8-quantised weights
 * that TF.js dequantises at load. nsfwjs ships it wrapped in JS modules; set-up extracts plain
 * files (lib/vision/node/nsfwjs-bundle.ts), the same bytes everywhere, pinned below.
 */
const NSFW_MOBILENET_V2 = catalogEntry({
  id: 'nsfw-mobilenet-v2',
  name: 'NSFW MobileNetV2 (nsfwjs)',
  task: 'image-moderation',
  tier: 'bundled',
  runtime: 'tfjs-layers',
  description: 'Tells drawings, neutral photos and explicit images apart, so sensitive images stay out of slides; the verdict is shown only to you.',
  files: [
    { path: 'model.json', sha256: '32aa0cc097659988e2220692407f610196a556b0a1b904702c20a11eeea5535e', bytes: 118_057 },
    { path: 'group1-shard1of1.bin', sha256: '8e7dddbb16acacc1bf1601b1b8a761e730ff934b7f2d7771312b2f000e5f5f13', bytes: 2_619_461 },
  ],
  dimensions: 5,
  dtype: { webgpu: 'q8', wasm: 'q8' },
  licence: 'MIT',
  source: {
    kind: 'npm-extract',
    package: 'nsfwjs',
    version: '4.4.0',
    dir: 'dist/models/mobilenet_v2',
    extractor: 'nsfwjs-bundle',
    inputs: [
      { path: 'model.min.js', sha256: 'c32f104fd562b08cdff5ed69dfe1209643afa47e792fb12751d2949aa61a397a', bytes: 106_679 },
      { path: 'group1-shard1of1.min.js', sha256: 'ef2e0a63f7d2c4960b37b024b669313f65d3c45cd59e9042636c55b39de53517', bytes: 3_493_394 },
    ],
  },
});

/** MobileNetV3 CenterNet from @vladmandic/human: 512×512 in, COCO-80 heatmap and box sizes out (fp16 weights). */
const CENTERNET_COCO = catalogEntry({
  id: 'centernet-coco',
  name: 'CenterNet MobileNetV3 (COCO 80)',
  task: 'object-detection',
  tier: 'bundled',
  runtime: 'tfjs-graph',
  description: 'Finds people, animals, food, vehicles and 70 other kinds of things in your images, for the gallery filters and the image slides.',
  files: [
    { path: 'centernet.json', sha256: 'bfb942eaacc5becf738d536663bc4580a0ae9e560722306e6d4dd7fe4a09de05', bytes: 201_673 },
    { path: 'centernet.bin', sha256: '1b635a15009071f506f9f2b3519b31c072c534888989f30d269ffd44734ef7ef', bytes: 4_030_290 },
  ],
  dimensions: 80,
  dtype: { webgpu: 'fp16', wasm: 'fp16' },
  licence: 'MIT',
  source: { kind: 'npm', package: '@vladmandic/human', version: '3.3.6', dir: 'models' },
});

/**
 * Hub sizes are those the hub lists, rounded. Both hub models run their 8-bit ONNX files on
 * either device: the only variant each repository surely carries small enough to download
 * (fp32 CLIP is 606 MB, fp32 ViT-GPT2 958 MB).
 */
const CLIP_VIT_B32 = catalogEntry({
  id: 'clip-vit-base-patch32',
  name: 'CLIP ViT-B/32',
  task: 'zero-shot-image-classification',
  tier: 'hub',
  runtime: 'transformers.js',
  description: 'Tags images by comparing them with short descriptions ("a screenshot", "food", "a diagram"…); downloaded on opt-in.',
  files: [
    { path: 'config.json', sha256: null, bytes: 4_400, approximate: true },
    { path: 'preprocessor_config.json', sha256: null, bytes: 450, approximate: true },
    { path: 'tokenizer.json', sha256: null, bytes: 2_220_000, approximate: true },
    { path: 'tokenizer_config.json', sha256: null, bytes: 700, approximate: true },
    { path: 'onnx/model_quantized.onnx', sha256: null, bytes: 153_000_000, approximate: true, dtype: 'q8' },
  ],
  dimensions: 512,
  dtype: { webgpu: 'q8', wasm: 'q8' },
  licence: 'MIT',
  source: { kind: 'hub', repo: 'Xenova/clip-vit-base-patch32', revision: 'main' },
});

const VIT_GPT2_CAPTIONING = catalogEntry({
  id: 'vit-gpt2-image-captioning',
  name: 'ViT-GPT2 image captioning',
  task: 'image-captioning',
  tier: 'hub',
  runtime: 'transformers.js',
  description: 'Writes a one-line caption for each image (a ViT encoder and a GPT-2 decoder); downloaded on opt-in.',
  files: [
    { path: 'config.json', sha256: null, bytes: 4_900, approximate: true },
    { path: 'generation_config.json', sha256: null, bytes: 180, approximate: true },
    { path: 'preprocessor_config.json', sha256: null, bytes: 380, approximate: true },
    { path: 'tokenizer.json', sha256: null, bytes: 2_110_000, approximate: true },
    { path: 'tokenizer_config.json', sha256: null, bytes: 460, approximate: true },
    { path: 'onnx/encoder_model_quantized.onnx', sha256: null, bytes: 87_500_000, approximate: true, dtype: 'q8' },
    { path: 'onnx/decoder_model_merged_quantized.onnx', sha256: null, bytes: 159_000_000, approximate: true, dtype: 'q8' },
  ],
  dimensions: null,
  dtype: { webgpu: 'q8', wasm: 'q8' },
  licence: 'Apache-2.0',
  source: { kind: 'hub', repo: 'Xenova/vit-gpt2-image-captioning', revision: 'main' },
});

export const VISION_MODELS: readonly CatalogModel[] = [NSFW_MOBILENET_V2, CENTERNET_COCO, CLIP_VIT_B32, VIT_GPT2_CAPTIONING];
