/**
 * Plans and builds one conversation: topic, model, time, how many turns of which kind, and where
 * the user edited a prompt or regenerated an answer. Conversation `index` depends only on
 * (seed, index, count), so any slice of the export can be rebuilt on its own.
 */
import type { ActivityCalendar } from './calendar';
import type { ChatGptConversation } from './chatgpt-shape';
import { editedPrompt, followUp, openingPrompt, type Subject, type UserLine } from './dialogue';
import { ConversationDraft, ROOT_ID, type ConversationTally } from './draft';
import { uuid } from './ids';
import { customInstructions, text } from './messages';
import { pickModel } from './models';
import { CUSTOM_INSTRUCTIONS } from './phrases';
import { Rng } from './prng';
import { addAssistantTurn, addUserTurn, type TurnKind, type TurnScene } from './turns';
import { CATEGORY_WEIGHTS, VOCABULARY, type Category } from './vocabulary';

export interface BuiltConversation {
  conversation: ChatGptConversation;
  tally: ConversationTally;
}

/** The persona set up custom instructions in spring; from then on every chat carries them. */
const CUSTOM_INSTRUCTIONS_SINCE = Date.UTC(2026, 2, 15);
/** Uploads switched from `file-service://` to `sediment://` pointers mid-year. */
const SEDIMENT_SINCE = Date.UTC(2026, 5, 1);
const VOICE_CATEGORIES: readonly Category[] = ['casual', 'language', 'fitness', 'explain'];
const VOICES = ['juniper', 'breeze', 'cove', 'ember', 'maple'];

/** Mostly short chats, a long tail of marathon sessions: about six user turns on average. */
function turnCount(rng: Rng): number {
  const bucket = rng.weighted([[0, 33], [1, 32], [2, 25], [3, 10]] as const);
  if (bucket === 0) return 1;
  if (bucket === 1) return rng.int(2, 4);
  if (bucket === 2) return rng.int(5, 12);
  return rng.int(13, 40);
}

function turnKind(rng: Rng, category: Category, turn: number, voice: boolean): TurnKind {
  if (voice) return 'voice';
  switch (category) {
    case 'photo':
      return turn === 0 || rng.chance(0.1) ? 'photo' : 'text';
    case 'data':
      return turn === 0 || rng.chance(0.55) ? 'python' : 'text';
    case 'research':
      return turn === 0 || rng.chance(0.45) ? 'browse' : 'text';
    case 'art':
      return turn === 0 || rng.chance(0.7) ? 'dalle' : 'text';
    case 'coding':
      return rng.chance(0.06) ? 'photo' : 'text';
    case 'planning':
    case 'explain':
      return rng.chance(0.1) ? 'browse' : 'text';
    default:
      return 'text';
  }
}

/** A plain exchange on one branch; returns its last node. */
function playTurn(scene: TurnScene, parentId: string, kind: TurnKind, line: UserLine, model: string, displayed: boolean): string {
  const userId = addUserTurn(scene, parentId, kind, line.text, displayed);
  return addAssistantTurn(scene, userId, kind, line.mood, model, displayed);
}

function pause(scene: TurnScene, resumes: { left: number }): void {
  if (resumes.left > 0 && scene.rng.chance(0.04)) {
    resumes.left--;
    scene.draft.wait(3600, 10 * 3600);
  } else {
    scene.draft.wait(15, 300);
  }
}

/** The user regenerated the answer: two assistant siblings, and usually the newer one is kept. */
function playRegeneratedTurn(scene: TurnScene, parentId: string, line: UserLine, model: string): string {
  const userId = addUserTurn(scene, parentId, 'text', line.text, true);
  const keepOriginal = scene.rng.chance(0.2);
  const original = addAssistantTurn(scene, userId, 'text', line.mood, model, keepOriginal);
  scene.draft.wait(5, 60);
  const retryModel = scene.rng.chance(0.4) ? pickModel(scene.rng, scene.draft.now) : model;
  const retry = addAssistantTurn(scene, userId, 'text', line.mood, retryModel, !keepOriginal);
  return keepOriginal ? original : retry;
}

/**
 * The user edited a prompt: two user siblings under the same parent, each with its own answers.
 * The abandoned branch may run on for a few turns before the edit.
 */
function playEditedTurn(scene: TurnScene, parentId: string, line: UserLine, model: string): string {
  const { rng, draft, subject } = scene;
  const keepOriginal = rng.chance(0.15);
  const originalEnd = playTurn(scene, parentId, 'text', line, model, keepOriginal);
  if (!keepOriginal) {
    let abandonedEnd = originalEnd;
    for (let extra = rng.int(0, 2); extra > 0; extra--) {
      draft.wait(15, 200);
      abandonedEnd = playTurn(scene, abandonedEnd, 'text', followUp(rng, subject), model, false);
    }
  }
  draft.wait(10, 120);
  const edited: UserLine = { text: editedPrompt(rng, line.text), mood: line.mood };
  const editedEnd = playTurn(scene, parentId, 'text', edited, model, !keepOriginal);
  return keepOriginal ? originalEnd : editedEnd;
}

export function buildConversation(seed: number, index: number, count: number, calendar: ActivityCalendar): BuiltConversation {
  const rng = Rng.forItem(seed, index);
  const id = uuid(rng);
  const startMs = calendar.startOf(index, count, rng);
  const voice = rng.chance(0.025);
  const category = voice ? rng.pick(VOICE_CATEGORIES) : rng.weighted(CATEGORY_WEIGHTS);
  const topic = rng.pick(VOCABULARY[category].topics);
  const subject: Subject = { category, topic };
  const model = pickModel(rng, startMs);
  const draft = new ConversationDraft(rng, startMs);
  const scene: TurnScene = { draft, rng, subject, sediment: startMs >= SEDIMENT_SINCE };

  let node = draft.add(ROOT_ID, { role: 'system', content: text(''), hidden: true, untimed: true }, true);
  if (startMs >= CUSTOM_INSTRUCTIONS_SINCE) {
    node = draft.add(
      node,
      {
        role: 'user',
        content: customInstructions(CUSTOM_INSTRUCTIONS.profile, CUSTOM_INSTRUCTIONS.instructions),
        hidden: true,
        untimed: true,
        metadata: { is_user_system_message: true, user_context_message_data: { about_user_message: CUSTOM_INSTRUCTIONS.profile, about_model_message: CUSTOM_INSTRUCTIONS.instructions } },
      },
      true,
    );
  }

  const turns = turnCount(rng);
  // Edits never touch the first prompt, so the first displayed message is also the earliest one.
  const editAt = turns > 1 && !voice && rng.chance(0.1) ? rng.int(1, turns - 1) : -1;
  const regenerateAt = !voice && rng.chance(0.1) ? rng.int(0, turns - 1) : -1;
  const resumes = { left: 2 };
  for (let turn = 0; turn < turns; turn++) {
    if (turn > 0) pause(scene, resumes);
    const kind = turnKind(rng, category, turn, voice);
    const line: UserLine = turn === 0 ? { text: openingPrompt(rng, subject), mood: 'neutral' } : followUp(rng, subject);
    if (kind === 'text' && turn === editAt) node = playEditedTurn(scene, node, line, model);
    else if (kind === 'text' && turn === regenerateAt) node = playRegeneratedTurn(scene, node, line, model);
    else node = playTurn(scene, node, kind, line, model, true);
  }

  const title = rng.chance(0.02) ? 'New chat' : topic.title;
  const conversation: ChatGptConversation = {
    title,
    create_time: draft.firstSeconds ?? 0,
    update_time: draft.lastSeconds ?? 0,
    mapping: draft.mapping,
    moderation_results: [],
    current_node: node,
    plugin_ids: null,
    conversation_id: id,
    conversation_template_id: null,
    gizmo_id: null,
    gizmo_type: null,
    is_archived: rng.chance(0.03),
    is_starred: null,
    safe_urls: [],
    blocked_urls: [],
    default_model_slug: model,
    conversation_origin: null,
    voice: voice ? rng.pick(VOICES) : null,
    async_status: null,
    disabled_tool_ids: [],
    is_do_not_remember: false,
    memory_scope: 'global_enabled',
    id,
  };
  return { conversation, tally: draft.tally };
}
