/**
 * The subset of the ChatGPT `conversations.json` shape the demo writes. Declared here rather than
 * borrowed from the parser, so the generator stays an independent witness of the format.
 */

export type ChatGptRole = 'system' | 'user' | 'assistant' | 'tool';

export interface ImageAssetPointer {
  content_type: 'image_asset_pointer';
  asset_pointer: string;
  size_bytes: number;
  width: number;
  height: number;
  fovea: number | null;
  metadata: { dalle: DalleMetadata | null; generation?: GenerationMetadata; sanitized: boolean } | null;
}

/** Images from the image model that followed DALL·E carry this instead of `dalle`. */
export interface GenerationMetadata {
  gen_id: string;
  gen_size: 'image';
  seed: number | null;
  parent_gen_id: string | null;
  height: number;
  width: number;
  transparent_background: boolean;
  serialization_title: 'Image Generation metadata';
}

export interface DalleMetadata {
  gen_id: string;
  prompt: string;
  seed: number;
  parent_gen_id: string | null;
  edit_op: string | null;
  serialization_title: string;
}

export interface AudioTranscription {
  content_type: 'audio_transcription';
  text: string;
  direction: 'in' | 'out';
  decoding_id: string | null;
}

export interface AudioAssetPointer {
  content_type: 'audio_asset_pointer';
  asset_pointer: string;
  size_bytes: number;
  format: 'wav';
  metadata: { start_timestamp: number | null; end_timestamp: number | null; start: number; end: number };
}

export interface RealtimeAudioVideoPointer {
  content_type: 'real_time_user_audio_video_asset_pointer';
  expiry_datetime: string | null;
  frames_asset_pointers: never[];
  video_container_asset_pointer: null;
  audio_asset_pointer: AudioAssetPointer;
  audio_start_timestamp: number;
}

export type MultimodalPart =
  | string
  | ImageAssetPointer
  | AudioTranscription
  | AudioAssetPointer
  | RealtimeAudioVideoPointer;

export type ChatGptContent =
  | { content_type: 'text'; parts: string[] }
  | { content_type: 'multimodal_text'; parts: MultimodalPart[] }
  | { content_type: 'code'; language: string; response_format_name: null; text: string }
  | { content_type: 'execution_output'; text: string }
  | { content_type: 'tether_browsing_display'; result: string; summary: string; assets: null; tether_id: null }
  | { content_type: 'user_editable_context'; user_profile: string; user_instructions: string };

export interface ChatGptMessage {
  id: string;
  author: { role: ChatGptRole; name: string | null; metadata: Record<string, never> };
  create_time: number | null;
  update_time: number | null;
  content: ChatGptContent;
  status: 'finished_successfully';
  end_turn: boolean | null;
  weight: number;
  metadata: Record<string, unknown>;
  recipient: string;
  channel: null;
}

export interface ChatGptNode {
  id: string;
  message: ChatGptMessage | null;
  parent: string | null;
  children: string[];
}

export interface ChatGptConversation {
  title: string;
  create_time: number;
  update_time: number;
  mapping: Record<string, ChatGptNode>;
  moderation_results: never[];
  current_node: string;
  plugin_ids: null;
  conversation_id: string;
  conversation_template_id: null;
  gizmo_id: null;
  gizmo_type: null;
  is_archived: boolean;
  is_starred: null;
  safe_urls: string[];
  blocked_urls: never[];
  default_model_slug: string;
  conversation_origin: null;
  voice: string | null;
  async_status: null;
  disabled_tool_ids: never[];
  is_do_not_remember: boolean;
  memory_scope: 'global_enabled';
  id: string;
}
