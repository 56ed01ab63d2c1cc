/**
 * Turns a ChatGPT `message.content` (one of a dozen `content_type`s) into plain text, a kind
 * and attachments. Text is cleaned of citation markers here, once.
 */
import type { Attachment, MessageKind } from '../model/conversation';
import { asArray, asNumber, asRecord, asString, isRecord, withoutUndefined, type JsonRecord } from './json';
import { stripCitationMarkers } from './text';

export interface MessageBody {
  text: string;
  kind: MessageKind;
  attachments: Attachment[];
}

export function readMessageBody(content: JsonRecord, metadata: JsonRecord): MessageBody {
  const body = readContent(content, metadata);
  return { ...body, text: stripCitationMarkers(body.text) };
}

function readContent(content: JsonRecord, metadata: JsonRecord): MessageBody {
  const text = (field: string) => asString(content[field]) ?? '';
  switch (asString(content.content_type)) {
    case 'code':
      return { text: text('text'), kind: 'code', attachments: [] };
    case 'execution_output':
      return { text: text('text'), kind: 'execution_output', attachments: [] };
    case 'tether_browsing_display':
      return { text: asString(content.result) ?? text('summary'), kind: 'browsing', attachments: [] };
    case 'tether_quote':
    case 'sonic_webpage':
      return { text: asString(content.text) ?? text('snippet'), kind: 'browsing', attachments: [] };
    case 'thoughts':
      return { text: thoughtsText(content.thoughts), kind: 'thoughts', attachments: [] };
    case 'reasoning_recap':
      return { text: text('content'), kind: 'thoughts', attachments: [] };
    case 'system_error':
      return { text: text('text'), kind: 'tool', attachments: [] };
    default:
      // text, multimodal_text, and unknown future types that still carry parts or text.
      return readParts(content, metadata);
  }
}

function thoughtsText(thoughts: unknown): string {
  return asArray(thoughts)
    .map((thought) => asString(asRecord(thought)?.content) ?? '')
    .filter((chunk) => chunk.trim() !== '')
    .join('\n\n');
}

function readParts(content: JsonRecord, metadata: JsonRecord): MessageBody {
  const texts: string[] = [];
  const attachments: Attachment[] = [];
  let transcribed = false;
  const parts = Array.isArray(content.parts) ? content.parts : [content.text];
  for (const part of parts) {
    if (typeof part === 'string') {
      texts.push(part);
      continue;
    }
    if (!isRecord(part)) continue;
    if (part.content_type === 'audio_transcription') {
      transcribed = true;
      texts.push(asString(part.text) ?? '');
    } else {
      attachments.push(...partAttachments(part));
    }
  }
  attachments.push(...fileAttachments(metadata.attachments, attachments));
  const text = texts.filter((piece) => piece.trim() !== '').join('\n');
  return { text, kind: partsKind(text, attachments, transcribed || metadata.voice_mode_message === true), attachments };
}

function partsKind(text: string, attachments: Attachment[], voice: boolean): MessageKind {
  const has = (kind: Attachment['kind']) => attachments.some((attachment) => attachment.kind === kind);
  if (voice || has('audio') || has('video')) return 'voice';
  if (text.trim() !== '') return 'text';
  if (has('image')) return 'image';
  if (has('file')) return 'file';
  return 'text';
}

function partAttachments(part: JsonRecord): Attachment[] {
  switch (part.content_type) {
    case 'image_asset_pointer':
      return [imageAttachment(part)];
    case 'audio_asset_pointer':
      return [pointerAttachment('audio', part)];
    case 'real_time_user_audio_video_asset_pointer':
      return realTimeAttachments(part);
    default:
      return [];
  }
}

function imageAttachment(part: JsonRecord): Attachment {
  const metadata = asRecord(part.metadata);
  return withoutUndefined<Attachment>({
    kind: 'image',
    pointer: asString(part.asset_pointer),
    sizeBytes: asNumber(part.size_bytes),
    width: asNumber(part.width),
    height: asNumber(part.height),
    // DALL·E images carry `metadata.dalle`; later image models carry `metadata.generation`.
    generated: isRecord(metadata?.dalle) || isRecord(metadata?.generation),
    generator: isRecord(metadata?.dalle) ? 'dalle' : isRecord(metadata?.generation) ? 'image-gen' : undefined,
  });
}

function pointerAttachment(kind: 'audio' | 'video', part: JsonRecord): Attachment {
  const format = asString(part.format);
  return withoutUndefined<Attachment>({
    kind,
    pointer: asString(part.asset_pointer),
    sizeBytes: asNumber(part.size_bytes),
    mimeType: format === undefined ? undefined : `${kind}/${format}`,
    durationSeconds: clipSeconds(asRecord(part.metadata)),
  });
}

/** Voice clips say where they start and end in the conversation's audio (seconds). */
function clipSeconds(metadata: JsonRecord | undefined): number | undefined {
  const start = asNumber(metadata?.start);
  const end = asNumber(metadata?.end);
  return start !== undefined && end !== undefined && end > start ? end - start : undefined;
}

/** Advanced voice mode wraps the user's audio, an optional video and camera frames in one part. */
function realTimeAttachments(part: JsonRecord): Attachment[] {
  const attachments: Attachment[] = [];
  const audio = asRecord(part.audio_asset_pointer);
  if (audio) attachments.push(pointerAttachment('audio', audio));
  const video = asRecord(part.video_container_asset_pointer);
  if (video) attachments.push(pointerAttachment('video', video));
  for (const frame of asArray(part.frames_asset_pointers)) {
    const image = asRecord(frame);
    if (image) attachments.push(imageAttachment(image));
  }
  return attachments;
}

/**
 * Uploads listed in `metadata.attachments`. An uploaded image is listed here AND as an
 * image part; it only lends its name to that part instead of counting twice.
 */
function fileAttachments(listed: unknown, fromParts: Attachment[]): Attachment[] {
  const files: Attachment[] = [];
  for (const entry of asArray(listed)) {
    const file = asRecord(entry);
    if (!file) continue;
    const name = asString(file.name);
    const id = asString(file.id);
    const part = id === undefined ? undefined : fromParts.find((a) => a.pointer?.endsWith(`://${id}`));
    if (part) {
      if (name !== undefined) part.name = name;
      continue;
    }
    files.push(
      withoutUndefined<Attachment>({
        kind: 'file',
        name,
        fileId: id,
        mimeType: asString(file.mime_type) ?? asString(file.mimeType),
        sizeBytes: asNumber(file.size),
      }),
    );
  }
  return files;
}
