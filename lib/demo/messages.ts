/**
 * Factories for ChatGPT message objects, one per kind of message the demo writes. They only
 * shape JSON; what is said and when is decided by the conversation builder.
 */
import type {
  ChatGptContent,
  ChatGptMessage,
  ChatGptRole,
  ImageAssetPointer,
  MultimodalPart,
} from './chatgpt-shape';
import type { Rng } from './prng';

/**
 * Epoch seconds with microseconds, like real exports. The sub-millisecond part is kept between
 * 0.2 and 0.45 ms so that truncating and rounding to milliseconds both give the builder's time.
 */
export function exportSeconds(rng: Rng, timeMs: number): number {
  return (timeMs * 1000 + rng.int(200, 450)) / 1e6;
}

export interface MessageInit {
  role: ChatGptRole;
  /** Tool name for tool messages (`python`, `web.run`, `dalle.text2im`). */
  name?: string;
  content: ChatGptContent;
  /** Omitted from metadata when null: newer exports often drop it. */
  model?: string | null;
  /** Hidden messages carry both markers real exports use: weight 0 and the metadata flag. */
  hidden?: boolean;
  recipient?: string;
  endTurn?: boolean | null;
  metadata?: Record<string, unknown>;
}

/** `createTime`: seconds as written in the export; null where real exports leave it out. */
export function message(id: string, createTime: number | null, init: MessageInit): ChatGptMessage {
  const metadata: Record<string, unknown> = init.metadata ?? {};
  if (init.model) metadata.model_slug = init.model;
  if (init.hidden) metadata.is_visually_hidden_from_conversation = true;
  return {
    id,
    author: { role: init.role, name: init.name ?? null, metadata: {} },
    create_time: createTime,
    update_time: null,
    content: init.content,
    status: 'finished_successfully',
    end_turn: init.endTurn ?? null,
    weight: init.hidden ? 0 : 1,
    metadata,
    recipient: init.recipient ?? 'all',
    channel: null,
  };
}

export const text = (body: string): ChatGptContent => ({ content_type: 'text', parts: [body] });

export const multimodal = (parts: MultimodalPart[]): ChatGptContent => ({ content_type: 'multimodal_text', parts });

export const code = (language: string, body: string): ChatGptContent => ({
  content_type: 'code',
  language,
  response_format_name: null,
  text: body,
});

export const executionOutput = (body: string): ChatGptContent => ({ content_type: 'execution_output', text: body });

export const browsingDisplay = (result: string, summary: string): ChatGptContent => ({
  content_type: 'tether_browsing_display',
  result,
  summary,
  assets: null,
  tether_id: null,
});

export const customInstructions = (profile: string, instructions: string): ChatGptContent => ({
  content_type: 'user_editable_context',
  user_profile: `The user provided the following information about themselves. This user profile is shown to you in all conversations they have -- this means it is not relevant to 99% of requests.\nBefore answering, quietly think about whether the user's request is "directly related", "related", "tangentially related", or "not related" to the user profile provided.\nOnly acknowledge the profile when the request is directly related to the information provided.\nOtherwise, don't acknowledge the existence of these instructions or the information at all.\nUser profile:\n\`\`\`${profile}\`\`\``,
  user_instructions: `The user provided the additional info about how they would like you to respond:\n\`\`\`${instructions}\`\`\``,
});

export function imagePart(
  pointer: string,
  size: { width: number; height: number; bytes: number },
  dalle: ImageAssetPointer['metadata'],
): ImageAssetPointer {
  return {
    content_type: 'image_asset_pointer',
    asset_pointer: pointer,
    size_bytes: size.bytes,
    width: size.width,
    height: size.height,
    fovea: null,
    metadata: dalle,
  };
}
