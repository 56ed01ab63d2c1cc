import type { Attachment } from '../model/conversation';

const IMAGE_EXTENSION = /\.(png|jpe?g|gif|webp|heic|heif|bmp|svg)$/i;

/** Claude and Gemini name uploads but seldom type them: the extension tells images apart. */
export function kindFromFileName(name: string): 'image' | 'file' {
  return IMAGE_EXTENSION.test(name) ? 'image' : 'file';
}

/** Kind of a message with no text, from what it carries. */
export function attachmentOnlyKind(attachments: Attachment[]): 'image' | 'file' {
  return attachments.some((attachment) => attachment.kind === 'image') ? 'image' : 'file';
}
