/**
 * Gives a built demo conversation the files a real export ships beside it: the photos and
 * screenshots the user uploaded, DALL·E and image-model pictures, and voice clips. The JSON is
 * adjusted to match the files (names, sizes, durations); message counts never change.
 *
 * Draws from its own seeded stream, so the conversations themselves — and the plain demo export,
 * which never comes here — stay byte for byte what they were.
 */
import type { AudioAssetPointer, ChatGptConversation, ChatGptMessage, ImageAssetPointer, MultimodalPart } from '../chatgpt-shape';
import { uuid } from '../ids';
import { Rng } from '../prng';
import { drawPicture, type PictureKind } from './pictures';
import { encodePng } from './png';
import { encodeWav, speechLikeSamples } from './voice-clip';

export interface DemoAssetFile {
  path: string;
  bytes: Uint8Array;
}

/** State shared by every conversation of one export. */
export interface DemoAssetContext {
  /** `user-<account id>`: the folder of the newer image model's pictures. */
  accountFolder: string;
  /** Voice audio still to hand out; later voice turns keep their transcript only (as old exports do). */
  voiceSecondsLeft: number;
  /** conversation_asset_file_names.json: `.dat` entry → the upload's original name. */
  names: Record<string, string>;
}

const ASSET_SALT = 0x0a55e7;
/** About a minute and a half of voice keeps the demo zip small and still gives whisper clips to transcribe. */
export const DEMO_VOICE_SECONDS = 90;
/** Uploads after this date use the newer naming: `file_<hex>.dat` plus the names file. */
const DAT_NAMING_SINCE = Date.UTC(2026, 8, 1);
/** From spring, some generated pictures come from the newer image model (`metadata.generation`, user-<id>/). */
const IMAGE_MODEL_SINCE = Date.UTC(2026, 3, 1);

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function demoAssetContext(seed: number): DemoAssetContext {
  const rng = new Rng(seed ^ ASSET_SALT);
  let account = '';
  for (let i = 0; i < 24; i++) account += BASE62.charAt(rng.int(0, 61));
  return { accountFolder: `user-${account}`, voiceSecondsLeft: DEMO_VOICE_SECONDS, names: {} };
}

export function attachDemoAssets(conversation: ChatGptConversation, seed: number, index: number, context: DemoAssetContext): DemoAssetFile[] {
  const rng = Rng.forItem(seed ^ ASSET_SALT, index);
  const files: DemoAssetFile[] = [];
  for (const node of Object.values(conversation.mapping)) {
    const message = node.message;
    if (message?.content.content_type !== 'multimodal_text') continue;
    const parts = message.content.parts;
    const keep: MultimodalPart[] = [];
    let transcriptDropped = false;
    for (const part of parts) {
      if (typeof part === 'string' || part.content_type === 'audio_transcription') {
        keep.push(part);
      } else if (part.content_type === 'image_asset_pointer') {
        files.push(part.metadata?.dalle ? generatedImage(part, message, rng, context) : upload(part, message, rng, context));
        keep.push(part);
      } else {
        const audio = part.content_type === 'audio_asset_pointer' ? part : part.audio_asset_pointer;
        const clip = voiceClip(audio, conversation.id, message, rng, context);
        if (!clip) continue; // past the budget: the turn keeps its transcript, like exports that dropped old audio
        files.push(clip);
        keep.push(part);
        // Some clips come without a transcript: whisper has work to do.
        transcriptDropped ||= rng.chance(message.author.role === 'user' ? 0.35 : 0.15);
      }
    }
    message.content.parts = transcriptDropped ? keep.filter((part) => typeof part === 'string' || part.content_type !== 'audio_transcription') : keep;
  }
  return files;
}

function upload(part: ImageAssetPointer, message: ChatGptMessage, rng: Rng, context: DemoAssetContext): DemoAssetFile {
  const time = (message.create_time ?? 0) * 1000;
  const kind: PictureKind = rng.chance(0.6) ? 'food' : 'screenshot';
  const [width, height] = kind === 'screenshot' ? [180, 390] : rng.chance(0.7) ? [320, 240] : [240, 320];
  const bytes = encodePng(drawPicture(kind, rng, width, height));
  const id = part.asset_pointer.slice(part.asset_pointer.indexOf('://') + 3);
  const listed = (message.metadata.attachments as Record<string, unknown>[] | undefined)?.find((entry) => entry.id === id);
  const number = /IMG_(\d+)/.exec(String(listed?.name ?? ''))?.[1] ?? String(rng.int(1000, 9999));
  const name = kind === 'screenshot' ? `Screenshot ${new Date(time).toISOString().slice(0, 19).replace('T', ' at ').replaceAll(':', '.')}.png` : `IMG_${number}.png`;
  Object.assign(part, { width, height, size_bytes: bytes.length });
  if (listed) Object.assign(listed, { name, mime_type: 'image/png', size: bytes.length, width, height });
  // Old naming keeps the name in the path; the newer one writes `.dat` files and lists the names.
  if (part.asset_pointer.startsWith('sediment://') && time >= DAT_NAMING_SINCE) {
    context.names[`${id}.dat`] = name;
    return { path: `${id}.dat`, bytes };
  }
  return { path: `${id}-${name}`, bytes };
}

function generatedImage(part: ImageAssetPointer, message: ChatGptMessage, rng: Rng, context: DemoAssetContext): DemoAssetFile {
  const id = part.asset_pointer.slice(part.asset_pointer.indexOf('://') + 3);
  const imageModel = (message.create_time ?? 0) * 1000 >= IMAGE_MODEL_SINCE && rng.chance(0.5);
  const bytes = encodePng(drawPicture(imageModel ? 'sticker' : 'landscape', rng, 256, 256));
  Object.assign(part, { width: 256, height: 256, size_bytes: bytes.length });
  if (!imageModel) return { path: `dalle-generations/${id}-${uuid(rng)}.png`, bytes };
  const dalle = part.metadata?.dalle;
  part.metadata = {
    dalle: null,
    generation: { gen_id: dalle?.gen_id ?? rng.hex(16), gen_size: 'image', seed: null, parent_gen_id: null, height: 256, width: 256, transparent_background: false, serialization_title: 'Image Generation metadata' },
    sanitized: false,
  };
  return { path: `${context.accountFolder}/${id}-${uuid(rng)}.png`, bytes };
}

function voiceClip(audio: AudioAssetPointer, conversationId: string, message: ChatGptMessage, rng: Rng, context: DemoAssetContext): DemoAssetFile | null {
  const seconds = message.author.role === 'user' ? rng.int(15, 45) / 10 : rng.int(20, 60) / 10;
  if (seconds > context.voiceSecondsLeft) {
    context.voiceSecondsLeft = 0;
    return null;
  }
  context.voiceSecondsLeft -= seconds;
  const bytes = encodeWav(speechLikeSamples(rng, seconds));
  audio.metadata.end = audio.metadata.start + seconds;
  audio.size_bytes = bytes.length;
  const id = audio.asset_pointer.slice(audio.asset_pointer.indexOf('://') + 3);
  return { path: `${conversationId}/audio/${id}-${uuid(rng)}.wav`, bytes };
}
