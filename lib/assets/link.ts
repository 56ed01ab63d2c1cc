/**
 * Links what messages show (their attachments' pointers) to the files of the export, one
 * conversation at a time. What no file backs is kept as a record without a path (missing);
 * files no message mentions come out at the end (extra). Neither is an error.
 */
import type { Attachment, Conversation, Message } from '../model/conversation';
import type { AssetCatalog, CatalogFile } from './catalog';
import { fileIdFromPointer } from './paths';
import type { AssetRecord, AssetSource } from './types';

export interface PlannedAsset {
  record: AssetRecord;
  /** The file to read; null when the export lacks it or only describes it. */
  file: CatalogFile | null;
}

export class AssetLinker {
  private readonly planned = new Map<string, PlannedAsset>();
  private readonly used = new Set<CatalogFile>();
  /** Only a ChatGPT export keeps its assets as files; other formats' archives hold no asset files to miss. */
  private sawChatGpt = false;

  constructor(
    private readonly catalog: AssetCatalog,
    private readonly importId: string,
  ) {}

  add(conversation: Conversation): void {
    if (conversation.source === 'chatgpt') this.sawChatGpt = true;
    for (const message of conversation.messages) {
      message.attachments.forEach((attachment, index) => this.link(conversation, message, attachment, index));
    }
  }

  /** Linked and missing assets in the order messages showed them, then the extra files. */
  finish(): PlannedAsset[] {
    const all = [...this.planned.values()];
    if (!this.sawChatGpt) return all;
    for (const file of this.catalog.files) {
      if (this.used.has(file)) continue;
      const assetId = file.fileId !== null && !this.planned.has(file.fileId) ? file.fileId : file.path;
      const record: AssetRecord = {
        importId: this.importId,
        assetId,
        path: file.path,
        kind: file.kind,
        source: file.source,
        conversationId: null,
        messageId: null,
        role: null,
        time: null,
        name: file.name,
        mimeType: null,
        bytes: file.entry.size,
      };
      all.push({ record, file });
    }
    return all;
  }

  private link(conversation: Conversation, message: Message, attachment: Attachment, index: number): void {
    const fileId = attachment.fileId ?? (attachment.pointer === undefined ? null : fileIdFromPointer(attachment.pointer));
    const reference = fileId ?? attachment.pointer ?? null;
    // The same file shown twice (a re-used upload) is one asset, first seen first.
    if (reference !== null && this.planned.has(reference)) return;
    const file = fileId === null ? undefined : this.catalog.find(fileId, expectedFolder(attachment));
    const record: AssetRecord = {
      importId: this.importId,
      // Claude and Gemini describe attachments but ship no files: metadata only, keyed by place.
      assetId: reference ?? `attachment:${conversation.id}/${message.id}/${index}`,
      path: file?.path ?? null,
      kind: attachment.kind,
      source: reference === null ? 'attachment' : sourceOf(attachment, file),
      conversationId: conversation.id,
      messageId: message.id,
      role: message.role,
      time: message.time,
      name: attachment.name ?? file?.name ?? null,
      mimeType: attachment.mimeType ?? null,
      bytes: attachment.sizeBytes ?? null,
      ...definedOnly({ width: attachment.width, height: attachment.height, durationSeconds: attachment.durationSeconds, transcript: transcriptOf(message, attachment) }),
    };
    if (file) this.used.add(file);
    this.planned.set(record.assetId, { record, file: file ?? null });
  }
}

function sourceOf(attachment: Attachment, file: CatalogFile | undefined): AssetSource {
  if (attachment.kind === 'audio' || attachment.kind === 'video') return 'voice';
  if (file?.source === 'dalle' || file?.source === 'generated') return file.source;
  if (attachment.generated) return attachment.generator === 'image-gen' ? 'generated' : 'dalle';
  return 'upload';
}

function expectedFolder(attachment: Attachment): CatalogFile['source'] {
  if (attachment.kind === 'audio' || attachment.kind === 'video') return 'voice';
  if (attachment.generated) return attachment.generator === 'image-gen' ? 'generated' : 'dalle';
  return 'upload';
}

/**
 * A voice message's text is its transcription (the parser reads `audio_transcription` parts as
 * text), so it belongs to the message's clip — when there is exactly one to give it to.
 */
function transcriptOf(message: Message, attachment: Attachment): string | undefined {
  if (attachment.kind !== 'audio' || message.kind !== 'voice' || message.text.trim() === '') return undefined;
  const clips = message.attachments.filter((candidate) => candidate.kind === 'audio');
  return clips.length === 1 ? message.text : undefined;
}

/** Optional fields only when known, so stored rows carry no `undefined` keys. */
function definedOnly<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
