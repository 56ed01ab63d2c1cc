/**
 * One turn = a user message and everything the assistant does in reply (tool calls included).
 * Each kind of turn appends the node sequence real ChatGPT exports show for it.
 */
import type { AudioAssetPointer } from './chatgpt-shape';
import { ANALYSES } from './code-samples';
import { answer, searchResults, spokenAnswer, type Mood, type Subject } from './dialogue';
import type { ConversationDraft } from './draft';
import { fileServicePointer, sedimentPointer } from './ids';
import { browsingDisplay, code, executionOutput, imagePart, multimodal, text } from './messages';
import { isReasoningModel } from './models';
import type { Rng } from './prng';

export type TurnKind = 'text' | 'photo' | 'python' | 'browse' | 'dalle' | 'voice';

export interface TurnScene {
  draft: ConversationDraft;
  rng: Rng;
  subject: Subject;
  /** Newer uploads use `sediment://` pointers, older ones `file-service://`. */
  sediment: boolean;
}

const PHOTO_SIZES = [
  { width: 1536, height: 2048 },
  { width: 2048, height: 1536 },
  { width: 1170, height: 2532 },
  { width: 1920, height: 1080 },
] as const;

/** Adds the user's message at the current clock time; returns its node id. */
export function addUserTurn(scene: TurnScene, parentId: string, kind: TurnKind, prompt: string, displayed: boolean): string {
  const { draft, rng } = scene;
  if (kind === 'photo') {
    const pointer = scene.sediment ? sedimentPointer(rng) : fileServicePointer(rng);
    const size = { ...rng.pick(PHOTO_SIZES), bytes: rng.int(180_000, 3_200_000) };
    const name = `IMG_${rng.int(1000, 9999)}.jpeg`;
    return draft.add(
      parentId,
      {
        role: 'user',
        content: multimodal([imagePart(pointer, size, null), prompt]),
        metadata: {
          attachments: [{ id: pointer.split('//')[1], size: size.bytes, name, mime_type: 'image/jpeg', width: size.width, height: size.height }],
        },
      },
      displayed,
    );
  }
  if (kind === 'voice') {
    const seconds = rng.int(2, 14);
    return draft.add(
      parentId,
      {
        role: 'user',
        content: multimodal([
          { content_type: 'audio_transcription', text: prompt, direction: 'in', decoding_id: null },
          {
            content_type: 'real_time_user_audio_video_asset_pointer',
            expiry_datetime: null,
            frames_asset_pointers: [],
            video_container_asset_pointer: null,
            audio_asset_pointer: audioPointer(rng, seconds),
            audio_start_timestamp: rng.int(0, 600) / 10,
          },
        ]),
        metadata: { voice_mode_message: true },
      },
      displayed,
    );
  }
  return draft.add(parentId, { role: 'user', content: text(prompt) }, displayed);
}

function audioPointer(rng: Rng, seconds: number): AudioAssetPointer {
  return {
    content_type: 'audio_asset_pointer',
    asset_pointer: sedimentPointer(rng),
    size_bytes: seconds * 48_000,
    format: 'wav',
    metadata: { start_timestamp: null, end_timestamp: null, start: 0, end: seconds },
  };
}

/** Newer exports drop `model_slug` on some assistant messages; parsers must fall back. */
function slugFor(rng: Rng, model: string): string | null {
  return rng.chance(0.15) ? null : model;
}

/**
 * Adds the assistant's reply (and any tool round trips) under `userId`; returns the last node id.
 * Assistant messages addressed to a tool count as assistant messages unless hidden.
 */
export function addAssistantTurn(
  scene: TurnScene,
  userId: string,
  kind: TurnKind,
  mood: Mood,
  model: string,
  displayed: boolean,
): string {
  const { draft, rng, subject } = scene;
  const reasoning = isReasoningModel(model);
  draft.wait(reasoning ? 8 : 2, reasoning ? 90 : 25);
  const reply = (parentId: string, body: string, citations = false) =>
    draft.add(
      parentId,
      { role: 'assistant', content: text(body), model: slugFor(rng, model), endTurn: true, metadata: citations ? { citations: [], content_references: [] } : {} },
      displayed,
    );

  switch (kind) {
    case 'python': {
      const analysis = rng.pick(ANALYSES);
      const call = draft.add(userId, { role: 'assistant', content: code('python', analysis.code), model: slugFor(rng, model), recipient: 'python' }, displayed);
      draft.wait(1, 6);
      const output = draft.add(call, { role: 'tool', name: 'python', content: executionOutput(analysis.output) }, displayed);
      draft.wait(2, 15);
      return reply(output, answer(rng, subject, mood));
    }
    case 'browse': {
      const query = JSON.stringify({ search_query: [{ q: subject.topic.subject, recency: 30 }] });
      const call = draft.add(userId, { role: 'assistant', content: code('unknown', query), model, recipient: 'web.run', hidden: true }, displayed);
      draft.wait(1, 5);
      const results = draft.add(call, { role: 'tool', name: 'web.run', content: browsingDisplay(searchResults(rng, subject), '') }, displayed);
      draft.wait(3, 20);
      return reply(results, answer(rng, subject, mood, { citations: true }), true);
    }
    case 'dalle': {
      const prompt = `${subject.topic.subject}, ${rng.pick(['soft watercolor', 'flat vector', 'cinematic lighting', 'cozy illustration'])}`;
      const call = draft.add(
        userId,
        { role: 'assistant', content: text(JSON.stringify({ prompt, size: '1024x1024' }, null, 2)), model: slugFor(rng, model), recipient: 'dalle.text2im' },
        displayed,
      );
      draft.wait(10, 40);
      const dalle = { gen_id: rng.hex(16), prompt, seed: rng.uint32(), parent_gen_id: null, edit_op: null, serialization_title: 'DALL-E generation metadata' };
      const image = imagePart(sedimentPointer(rng), { width: 1024, height: 1024, bytes: rng.int(300_000, 600_000) }, { dalle, sanitized: false });
      const tool = draft.add(call, { role: 'tool', name: 'dalle.text2im', content: multimodal([image]) }, displayed);
      draft.wait(1, 4);
      return reply(tool, answer(rng, subject, mood));
    }
    case 'voice': {
      const spoken = spokenAnswer(rng, subject);
      return draft.add(
        userId,
        {
          role: 'assistant',
          content: multimodal([
            { content_type: 'audio_transcription', text: spoken, direction: 'out', decoding_id: null },
            audioPointer(rng, rng.int(3, 25)),
          ]),
          model: slugFor(rng, model),
          endTurn: true,
          metadata: { voice_mode_message: true },
        },
        displayed,
      );
    }
    default:
      return reply(userId, answer(rng, subject, mood));
  }
}
