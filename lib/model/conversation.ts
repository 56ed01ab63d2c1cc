/**
 * The normalized model every feature reads. Parsers for each export format produce it;
 * nothing downstream knows which assistant the data came from.
 */

export type SourceFormat = 'chatgpt' | 'claude' | 'gemini';

export type Role = 'user' | 'assistant' | 'system' | 'tool';

/** What a message mainly carries; drives the "content kinds" stats. */
export type MessageKind =
  | 'text'
  | 'code'
  | 'execution_output'
  | 'browsing'
  | 'image'
  | 'voice'
  | 'thoughts'
  | 'tool'
  | 'file';

export interface Attachment {
  kind: 'image' | 'audio' | 'video' | 'file';
  /** Original file name when the export tells it. */
  name?: string;
  /** Export-internal pointer (e.g. `file-service://file-abc`), never a URL we fetch. */
  pointer?: string;
  mimeType?: string;
  sizeBytes?: number;
  width?: number;
  height?: number;
  /** True for assistant-generated images (DALL·E and successors). */
  generated?: boolean;
  /** Which model generated it: DALL·E (`metadata.dalle`) or a later image model (`metadata.generation`). */
  generator?: 'dalle' | 'image-gen';
  /** The export's file id (`file-AbC…`) of an upload listed without a pointer: it names the file in the zip. */
  fileId?: string;
  /** Audio and video: length in seconds, from the export's own metadata. */
  durationSeconds?: number;
}

export interface Message {
  id: string;
  role: Role;
  /** Plain text as the user saw it: citation markers stripped, placeholders dropped. */
  text: string;
  /** Epoch milliseconds (UTC), or null when the export has no time for it. */
  time: number | null;
  /** Model slug when known (ChatGPT only; Claude and Gemini exports carry none). */
  model: string | null;
  kind: MessageKind;
  attachments: Attachment[];
  /** Tool or plugin name for tool messages (`python`, `browser`, `web.run`, …). */
  authorName?: string;
}

export interface Conversation {
  id: string;
  source: SourceFormat;
  title: string;
  /** Epoch milliseconds (UTC). */
  createdAt: number | null;
  updatedAt: number | null;
  /** Default model of the conversation when the export names one. */
  model: string | null;
  /** Displayed branch only, in order, hidden messages removed. */
  messages: Message[];
}
