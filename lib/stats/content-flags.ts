/** What a message carries beyond text, reduced to bits and attachment counts. */
import type { Message } from '../model/conversation';
import { Flag } from './message-facts';
import { looksLikeCode } from './text-measures';

/** Tool names ChatGPT exports use for web browsing (older `browser`, newer `web`, `web.run`). */
function isBrowsingTool(authorName: string | undefined): boolean {
  return authorName === 'browser' || authorName === 'web' || authorName === 'web.run';
}

/** Flag bits. Code is only judged on user and assistant text (tool output isn't "your" code). */
export function contentFlags(message: Message, isDialogue: boolean): number {
  let flags = 0;
  if (isDialogue && (message.kind === 'code' || looksLikeCode(message.text))) flags |= Flag.Code;
  if (message.kind === 'voice' || message.attachments.some((a) => a.kind === 'audio')) {
    flags |= Flag.Voice;
  }
  if (message.kind === 'browsing' || isBrowsingTool(message.authorName)) flags |= Flag.Browsing;
  if (message.kind === 'execution_output' || message.authorName === 'python') {
    flags |= Flag.CodeInterpreter;
  }
  if (message.kind === 'thoughts') flags |= Flag.Thoughts;
  return flags;
}

export interface AttachmentCounts {
  /** Images the user (or a tool) attached, not ones the assistant generated. */
  images: number;
  generatedImages: number;
  files: number;
}

export function attachmentCounts(message: Message): AttachmentCounts {
  const counts = { images: 0, generatedImages: 0, files: 0 };
  for (const attachment of message.attachments) {
    if (attachment.kind === 'image') {
      if (attachment.generated) counts.generatedImages++;
      else counts.images++;
    } else if (attachment.kind === 'file') {
      counts.files++;
    }
  }
  return counts;
}
