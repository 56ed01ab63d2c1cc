/**
 * Random, well-formed exports of every format the app reads, for the whole-pipeline property
 * test (story-pipeline.property.test.tsx). An `ExportSpec` is the person's history in the
 * abstract (conversations, turns, times, models, texts); `exportFiles` writes it the way each
 * service does — ChatGPT `conversations.json` with a `mapping` tree (edits and regenerations off
 * the `current_node` branch), sharded ChatGPT with `export_manifest.json` and no `children[]`,
 * Claude `conversations.json` with `content[]` blocks, Gemini `MyActivity.json` newest first inside
 * a Takeout — following /work/shared/guide/export-formats.md and the hand-made fixtures in
 * tests/fixtures/exports.ts (which, with lib/demo's seeded export, are mixed in as they are).
 *
 * The scenarios the story got wrong on real exports are drawn on purpose: one message only,
 * one day, all at night, no model slugs, legacy slugs ("text-davinci-002-render-sha", "gpt-4-5"),
 * only code, empty and huge texts, even prompt counts (a median of .5), one year and several.
 */
import fc from 'fast-check';
import { generateDemoExport } from '../../lib/demo';
import { chatGptExport, chatGptShardedExport, claudeExport, geminiTakeout, type ExportFixture } from '../fixtures/exports';

export type ExportFormat = 'chatgpt' | 'chatgpt-sharded' | 'claude' | 'gemini';

export interface TurnSpec {
  prompt: string;
  /** Null: the prompt got no answer (the export ends there). */
  answer: string | null;
  /** The assistant's model slug (ChatGPT only); null: the message has none. */
  model: string | null;
  /** Seconds from the previous turn. */
  gapSeconds: number;
  /** ChatGPT: the prompt was edited (the first version and its answer stay off-branch). */
  edited: boolean;
  /** ChatGPT: the answer was regenerated (the first answer stays off-branch). */
  regenerated: boolean;
}

export interface ConversationSpec {
  title: string;
  /** Epoch milliseconds of the first prompt. */
  startMs: number;
  /** ChatGPT's `default_model_slug`; null: left out. */
  defaultModel: string | null;
  turns: TurnSpec[];
}

export interface ExportSpec {
  format: ExportFormat;
  /** What the spec was drawn to exercise (shown in counterexamples). */
  scenario: string;
  conversations: ConversationSpec[];
}

/** One case of the property: files as they sit in the zip, plus what they are. */
export interface ExportCase {
  label: string;
  /** Archive path → file text. */
  files: Record<string, string>;
  /** The spec it was written from (null for the fixed fixtures and the demo export). */
  spec: ExportSpec | null;
}

// ---------------------------------------------------------------------------------------------
// Texts
// ---------------------------------------------------------------------------------------------

const WORDS = [
  'python', 'pandas', 'dataframe', 'recipe', 'pasta', 'garlic', 'travel', 'kyoto', 'train', 'budget', 'email', 'manager',
  'rewrite', 'polite', 'summary', 'essay', 'history', 'rome', 'empire', 'garden', 'tomato', 'soil', 'workout', 'running',
  'marathon', 'knee', 'sleep', 'coffee', 'typescript', 'react', 'component', 'hook', 'error', 'stack', 'trace', 'docker',
  'container', 'linux', 'server', 'poem', 'autumn', 'rain', 'guitar', 'chord', 'song', 'birthday', 'gift', 'sister',
  'mortgage', 'interest', 'rate', 'invoice', 'spreadsheet', 'formula', 'chart', 'physics', 'quantum', 'orbit', 'mars',
  'explain', 'please', 'thanks', 'why', 'how', 'what', 'could', 'you', 'help', 'me', 'with', 'the', 'a', 'my', 'for', 'this',
  'is', 'not', 'working', 'again', 'better', 'shorter', 'longer', 'example', 'list', 'ideas', 'plan', 'week', 'night',
];

const CODE_SNIPPETS = [
  'def add(a, b):\n    return a + b\n\nprint(add(2, 3))',
  'const total = items.reduce((sum, item) => sum + item.price, 0);',
  'SELECT name, COUNT(*) FROM orders GROUP BY name ORDER BY 2 DESC;',
  'for f in *.log; do gzip "$f"; done',
  'fn main() {\n    println!("hello");\n}',
];

/** Counterexamples shrink across branches too (to the first, simplest one: fewer conversations, plain prose). */
const SHRINK = { withCrossShrink: true } as const;

const word = fc.constantFrom(...WORDS);

/** A prompt or answer of `min`–`max` words. */
function prose(min: number, max: number): fc.Arbitrary<string> {
  return fc.array(word, { minLength: min, maxLength: max }).map((words) => {
    const text = words.join(' ');
    return text ? text.charAt(0).toUpperCase() + text.slice(1) + (words.length > 3 ? '?' : '') : text;
  });
}

const codeBlock = fc
  .tuple(fc.constantFrom('python', 'ts', 'sql', 'bash', 'rust', ''), fc.constantFrom(...CODE_SNIPPETS))
  .map(([language, code]) => '```' + language + '\n' + code + '\n```');

/** Very long texts: a pasted log or document (tens of thousands of characters). */
const hugeText = fc
  .tuple(fc.integer({ min: 2_000, max: 8_000 }), fc.constantFrom(...WORDS), fc.constantFrom(...WORDS))
  .map(([count, a, b]) => Array.from({ length: count }, (_, i) => (i % 7 === 0 ? b : a)).join(' '));

type TextStyle = 'prose' | 'code' | 'empty-and-huge' | 'mixed';

function promptText(style: TextStyle): fc.Arbitrary<string> {
  switch (style) {
    case 'prose':
      return prose(1, 60);
    case 'code':
      return codeBlock;
    case 'empty-and-huge':
      // Empty prompts are dropped by the parsers; at least some texts stay so a conversation survives.
      return fc.oneof(SHRINK, { arbitrary: prose(1, 3), weight: 2 }, { arbitrary: fc.constant(''), weight: 2 }, { arbitrary: hugeText, weight: 1 });
    case 'mixed':
      return fc.oneof(SHRINK, { arbitrary: prose(1, 200), weight: 5 }, { arbitrary: codeBlock, weight: 2 }, { arbitrary: fc.constant(''), weight: 1 }, { arbitrary: hugeText, weight: 1 });
  }
}

function answerText(style: TextStyle): fc.Arbitrary<string> {
  return style === 'code' ? codeBlock : style === 'empty-and-huge' ? fc.oneof(SHRINK, prose(1, 5), fc.constant(''), hugeText) : prose(1, 120);
}

// ---------------------------------------------------------------------------------------------
// Models
// ---------------------------------------------------------------------------------------------

/** Slugs as ChatGPT exports write them, including the legacy and odd ones the story must not show raw. */
export const MODEL_SLUGS = [
  'text-davinci-002-render-sha',
  'text-davinci-002-render',
  'gpt-4',
  'gpt-4-5',
  'gpt-4o',
  'gpt-4o-mini',
  'o1-preview',
  'o3-mini',
  'o3-mini-high',
  'gpt-5',
  'gpt-5-thinking',
  'auto',
] as const;

type ModelStyle = 'none' | 'legacy' | 'mixed' | 'unknown';

function modelSlug(style: ModelStyle): fc.Arbitrary<string | null> {
  switch (style) {
    case 'none':
      return fc.constant(null);
    case 'legacy':
      return fc.constantFrom('text-davinci-002-render-sha', 'text-davinci-002-render-sha', 'gpt-4-5', 'gpt-4');
    case 'unknown':
      return fc.constantFrom<string | null>('unknown', null);
    case 'mixed':
      return fc.oneof(SHRINK, { arbitrary: fc.constantFrom(...MODEL_SLUGS), weight: 4 }, { arbitrary: fc.constant(null), weight: 1 });
  }
}

// ---------------------------------------------------------------------------------------------
// Times
// ---------------------------------------------------------------------------------------------

/** 'streak': one conversation a day on consecutive days (streaks of 8, 11, 18… days: "an 18-day streak"). */
type TimeSpan = 'one-day' | 'streak' | 'one-year' | 'several-years';

const DAY_MS = 86_400_000;
const NIGHT_HOURS = [22, 23, 0, 1, 2, 3, 4];

/** A conversation start: the day within the span, then the hour (at night when `night`). */
function startTime(span: TimeSpan, baseYear: number, night: boolean, tailDays: number): fc.Arbitrary<number> {
  // Several years: two whole years and `tailDays` of a third, ending by 2026 at the latest (an
  // export holds no dates after the analysis' "now", 2027-01-01). A short tail ends the history
  // early in a year, which is when "the last 12 months" differ from the latest year and all time.
  const from = span === 'several-years' ? Math.min(baseYear, 2024) : baseYear;
  const days = span === 'one-day' || span === 'streak' ? 0 : span === 'one-year' ? 364 : 2 * 365 + tailDays;
  const hour = night ? fc.constantFrom(...NIGHT_HOURS) : fc.integer({ min: 0, max: 23 });
  return fc
    .tuple(fc.integer({ min: 0, max: days }), hour, fc.integer({ min: 0, max: 59 }))
    .map(([day, h, minute]) => Date.UTC(from, 0, 1) + day * DAY_MS + h * 3_600_000 + minute * 60_000);
}

// ---------------------------------------------------------------------------------------------
// The spec
// ---------------------------------------------------------------------------------------------

interface Knobs {
  format: ExportFormat;
  span: TimeSpan;
  night: boolean;
  text: TextStyle;
  models: ModelStyle;
  baseYear: number;
  /** Several years: days of the last year the history reaches into. */
  tailDays: number;
  conversations: number;
  maxTurns: number;
  /** One conversation with one prompt and no answer: the smallest export that still parses. */
  singleMessage: boolean;
}

const knobs: fc.Arbitrary<Knobs> = fc.record({
  format: fc.constantFrom<ExportFormat>('chatgpt', 'chatgpt-sharded', 'claude', 'gemini'),
  // Several years most often: only they have a "last 12 months" period of their own.
  span: fc.constantFrom<TimeSpan>('one-day', 'streak', 'one-year', 'several-years', 'several-years'),
  night: fc.boolean(),
  text: fc.constantFrom<TextStyle>('prose', 'prose', 'mixed', 'code', 'empty-and-huge'),
  models: fc.constantFrom<ModelStyle>('mixed', 'legacy', 'none', 'unknown'),
  baseYear: fc.integer({ min: 2022, max: 2026 }),
  tailDays: fc.integer({ min: 0, max: 364 }),
  // Biased to small exports: the bugs live there, and each run stays fast.
  // 8, 11 and 18 take "an" ("an 18-day streak" with one conversation a day).
  conversations: fc.oneof(
    SHRINK,
    { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 3 },
    { arbitrary: fc.constantFrom(8, 11, 18), weight: 1 },
    { arbitrary: fc.integer({ min: 1, max: 60 }), weight: 2 },
  ),
  maxTurns: fc.integer({ min: 1, max: 6 }),
  singleMessage: fc.oneof(SHRINK, { arbitrary: fc.constant(false), weight: 5 }, { arbitrary: fc.constant(true), weight: 1 }),
});

function turnSpec(k: Knobs): fc.Arbitrary<TurnSpec> {
  const chatgpt = k.format === 'chatgpt' || k.format === 'chatgpt-sharded';
  return fc.record({
    prompt: promptText(k.text),
    answer: fc.oneof(SHRINK, { arbitrary: answerText(k.text), weight: 9 }, { arbitrary: fc.constant(null), weight: 1 }),
    model: modelSlug(k.models),
    // Seconds to a few minutes: a Gemini session breaks after 30 minutes.
    gapSeconds: fc.integer({ min: 5, max: 600 }),
    edited: chatgpt ? fc.boolean() : fc.constant(false),
    regenerated: chatgpt ? fc.boolean() : fc.constant(false),
  });
}

function conversationSpec(k: Knobs): fc.Arbitrary<ConversationSpec> {
  return fc.record({
    title: fc.oneof(SHRINK, fc.constant(''), prose(0, 6)),
    startMs: startTime(k.span, k.baseYear, k.night, k.tailDays),
    defaultModel: modelSlug(k.models),
    turns: fc.array(turnSpec(k), { minLength: 1, maxLength: k.maxTurns }),
  });
}

export const exportSpec: fc.Arbitrary<ExportSpec> = knobs.chain((k) => {
  const scenario = [k.format, k.span, k.night ? 'night' : 'any-hour', `${k.text} texts`, `models: ${k.models}`, k.singleMessage ? 'one message' : `${k.conversations} conversations`].join(', ');
  if (k.singleMessage) {
    return fc.record({ title: prose(1, 4), startMs: startTime(k.span, k.baseYear, k.night, k.tailDays), prompt: prose(1, 40) }).map(
      ({ title, startMs, prompt }): ExportSpec => ({
        format: k.format,
        scenario,
        conversations: [{ title, startMs, defaultModel: null, turns: [{ prompt, answer: null, model: null, gapSeconds: 0, edited: false, regenerated: false }] }],
      }),
    );
  }
  return fc.array(conversationSpec(k), { minLength: k.conversations, maxLength: k.conversations }).map(
    (conversations): ExportSpec => ({
      format: k.format,
      scenario,
      // A streak: the i-th conversation on the i-th day (same hour as drawn).
      conversations: k.span === 'streak' ? conversations.map((c, i) => ({ ...c, startMs: c.startMs + i * DAY_MS })) : conversations,
    }),
  );
});

// ---------------------------------------------------------------------------------------------
// Writers
// ---------------------------------------------------------------------------------------------

interface Timed {
  turn: TurnSpec;
  promptMs: number;
  answerMs: number;
}

function timedTurns(conversation: ConversationSpec): Timed[] {
  let at = conversation.startMs;
  return conversation.turns.map((turn, index) => {
    if (index > 0) at += turn.gapSeconds * 1000;
    const promptMs = at;
    at += 3_000;
    return { turn, promptMs, answerMs: at };
  });
}

const chatText = (body: string) => ({ content_type: 'text', parts: [body] });

function chatGptMessage(id: string, role: 'system' | 'user' | 'assistant', ms: number | null, content: unknown, model: string | null, extra: Record<string, unknown> = {}) {
  return {
    id,
    author: { role, name: null, metadata: {} },
    create_time: ms === null ? null : ms / 1000,
    update_time: null,
    content,
    status: 'finished_successfully',
    end_turn: role === 'assistant' ? true : null,
    weight: 1.0,
    metadata: { ...(model === null ? {} : { model_slug: model, default_model_slug: model }), ...extra },
    recipient: 'all',
    channel: null,
  };
}

/** One ChatGPT conversation: a tree whose displayed branch ends at `current_node`. */
function chatGptConversation(conversation: ConversationSpec, index: number, newer: boolean): Record<string, unknown> {
  const nodes: { id: string; parent: string | null; message: unknown }[] = [{ id: 'client-created-root', parent: null, message: null }];
  const add = (id: string, parent: string, message: unknown) => nodes.push({ id, parent, message });
  add('sys', 'client-created-root', { ...chatGptMessage('sys', 'system', null, chatText(''), null, { is_visually_hidden_from_conversation: true }), weight: 0 });
  let last = 'sys';
  timedTurns(conversation).forEach(({ turn, promptMs, answerMs }, t) => {
    const parent = last;
    if (turn.edited) {
      // The first version of the prompt and its answer: off the displayed branch.
      add(`u${t}-old`, parent, chatGptMessage(`u${t}-old`, 'user', promptMs - 1_000, chatText(`${turn.prompt} (first try)`), null));
      add(`a${t}-old`, `u${t}-old`, chatGptMessage(`a${t}-old`, 'assistant', promptMs - 500, chatText('An answer nobody kept.'), turn.model));
    }
    add(`u${t}`, parent, chatGptMessage(`u${t}`, 'user', promptMs, chatText(turn.prompt), null));
    last = `u${t}`;
    if (turn.answer !== null) {
      if (turn.regenerated) add(`a${t}-regen`, `u${t}`, chatGptMessage(`a${t}-regen`, 'assistant', answerMs - 1_000, chatText('A first draft, regenerated.'), turn.model));
      add(`a${t}`, `u${t}`, chatGptMessage(`a${t}`, 'assistant', answerMs, chatText(turn.answer), turn.model));
      last = `a${t}`;
    }
  });
  const mapping: Record<string, unknown> = {};
  for (const node of nodes) {
    const children = nodes.filter((other) => other.parent === node.id).map((other) => other.id);
    mapping[node.id] = { id: node.id, parent: node.parent, ...(newer ? {} : { children }), message: node.message };
  }
  const id = `conv-${index.toString().padStart(4, '0')}`;
  const turns = timedTurns(conversation);
  return {
    title: conversation.title,
    create_time: conversation.startMs / 1000,
    update_time: (turns.at(-1)?.answerMs ?? conversation.startMs) / 1000,
    mapping,
    moderation_results: [],
    current_node: last,
    plugin_ids: null,
    ...(newer ? { conversation_id: id } : { id }),
    conversation_template_id: null,
    gizmo_id: null,
    is_archived: false,
    safe_urls: [],
    default_model_slug: conversation.defaultModel,
    voice: null,
  };
}

function claudeConversation(conversation: ConversationSpec, index: number): Record<string, unknown> {
  const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '000Z');
  const messages: unknown[] = [];
  for (const { turn, promptMs, answerMs } of timedTurns(conversation)) {
    const message = (uuid: string, sender: string, ms: number, text: string) => ({
      uuid,
      text,
      content: [{ type: 'text', text, start_timestamp: iso(ms), stop_timestamp: iso(ms), citations: [] }],
      sender,
      created_at: iso(ms),
      updated_at: iso(ms),
      attachments: [],
      files: [],
    });
    messages.push(message(`m${messages.length}`, 'human', promptMs, turn.prompt));
    if (turn.answer !== null) messages.push(message(`m${messages.length}`, 'assistant', answerMs, turn.answer));
  }
  const turns = timedTurns(conversation);
  return {
    uuid: `cl-${index.toString().padStart(4, '0')}`,
    name: conversation.title,
    summary: '',
    created_at: iso(conversation.startMs),
    updated_at: iso(turns.at(-1)?.answerMs ?? conversation.startMs),
    account: { uuid: 'acct-0000' },
    chat_messages: messages,
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Gemini's activity records of all conversations, newest first (sessions are rebuilt from the gaps). */
function geminiRecords(conversations: ConversationSpec[]): unknown[] {
  const records: { ms: number; record: unknown }[] = [];
  for (const conversation of conversations) {
    for (const { turn, promptMs } of timedTurns(conversation)) {
      records.push({
        ms: promptMs,
        record: {
          header: 'Gemini Apps',
          title: `Prompted ${turn.prompt}`,
          time: new Date(promptMs).toISOString(),
          products: ['Gemini Apps'],
          activityControls: ['Gemini Apps Activity'],
          ...(turn.answer === null ? {} : { safeHtmlItem: [{ html: `<p>${escapeHtml(turn.answer)}</p>` }] }),
        },
      });
    }
  }
  return records.sort((a, b) => b.ms - a.ms).map(({ record }) => record);
}

/** The spec as the files of its export. */
export function exportFiles(spec: ExportSpec): Record<string, string> {
  const json = (value: unknown) => JSON.stringify(value);
  switch (spec.format) {
    case 'chatgpt':
      return {
        'conversations.json': json(spec.conversations.map((c, i) => chatGptConversation(c, i, false))),
        'user.json': json({ id: 'user-abc' }),
        'chat.html': '<html><body></body></html>',
      };
    case 'chatgpt-sharded': {
      const all = spec.conversations.map((c, i) => chatGptConversation(c, i, true));
      const shardCount = Math.min(3, all.length);
      const shards = Array.from({ length: shardCount }, (_, s) => all.filter((_, i) => i % shardCount === s));
      const names = shards.map((_, s) => `conversations-${s.toString().padStart(3, '0')}.json`);
      return {
        'export_manifest.json': json({ export_files: names.map((path, s) => ({ path, size_bytes: json(shards[s]).length })) }),
        ...Object.fromEntries(names.map((name, s) => [name, json(shards[s])])),
        'user.json': json({ id: 'user-abc' }),
      };
    }
    case 'claude':
      return {
        'conversations.json': json(spec.conversations.map((c, i) => claudeConversation(c, i))),
        'users.json': json([{ uuid: 'acct-0000' }]),
        'projects.json': '[]',
      };
    case 'gemini':
      return {
        'Takeout/My Activity/Gemini Apps/MyActivity.json': json(geminiRecords(spec.conversations)),
        'Takeout/archive_browser.html': '<html></html>',
      };
  }
}

/** A fixture's files as the zip holds them (JSON written out). */
export function fixtureFiles(fixture: ExportFixture): Record<string, string> {
  return Object.fromEntries(Object.entries(fixture.files).map(([path, value]) => [path, path.endsWith('.json') ? JSON.stringify(value) : String(value)]));
}

const FIXTURES = { 'fixture: ChatGPT': chatGptExport, 'fixture: sharded ChatGPT': chatGptShardedExport, 'fixture: Claude': claudeExport, 'fixture: Gemini Takeout': geminiTakeout };

/** Every case the property draws: specs written out (most), lib/demo's seeded export, the fixed fixtures. */
export const exportCase: fc.Arbitrary<ExportCase> = fc.oneof(
  SHRINK,
  { arbitrary: exportSpec.map((spec): ExportCase => ({ label: spec.scenario, files: exportFiles(spec), spec })), weight: 12 },
  {
    arbitrary: fc.record({ seed: fc.integer({ min: 1, max: 10_000 }), conversations: fc.integer({ min: 1, max: 40 }) }).map(
      ({ seed, conversations }): ExportCase => ({
        label: `demo export (seed ${seed}, ${conversations} conversations)`,
        files: { 'conversations.json': [...generateDemoExport({ seed, conversations })].join('') },
        spec: null,
      }),
    ),
    weight: 2,
  },
  {
    arbitrary: fc.constantFrom(...(Object.keys(FIXTURES) as (keyof typeof FIXTURES)[])).map(
      (name): ExportCase => ({ label: name, files: fixtureFiles(FIXTURES[name]()), spec: null }),
    ),
    weight: 1,
  },
);
