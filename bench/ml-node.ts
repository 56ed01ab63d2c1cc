/**
 * The ML suite in Node, with the CLI's encoders (student: the distilled static encoder; teacher:
 * USE-lite on TF.js WASM, one thread): each encoder alone and inside runMlPipeline on the demo
 * export's real texts, time to the full ML analysis per export size, and a re-import with ~1 %
 * new messages against an in-memory vector cache. Goals are reported, never asserted.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DEFAULT, generateDemoExport } from '../lib/demo';
import { ingestArchive } from '../lib/ingest/ingest';
import { DEFAULT_LIMITS } from '../lib/ingest/limits';
import type { Conversation } from '../lib/model/conversation';
import type { TextEncoderPort, VectorCachePort } from '../lib/ml/encoder-port';
import type { Head } from '../lib/ml/heads/format';
import type { HeadName } from '../lib/ml/heads/labels';
import { loadTrainedHeads } from '../lib/ml/heads/trained';
import { nodeEncoders } from '../lib/ml/node/node-encoders';
import { collectMlInputs } from '../lib/ml/pipeline/collect';
import { runMlPipeline } from '../lib/ml/pipeline/run';
import type { MlAnalysis } from '../lib/ml/types';
import { openInput } from '../scripts/node-input';
import { writeChunks } from '../scripts/write-chunks';

/** Demo exports of about 1k / 3.5k / 10k user messages (600 conversations = DEMO_DEFAULT = 3,457). */
export const ML_SIZES = [
  { label: '~1k', conversations: 174 },
  { label: '~3.5k', conversations: DEMO_DEFAULT.conversations },
  { label: '~10k', conversations: 1_736 },
] as const;
export const GOALS = { efficiency: 0.9, fullWrappedMs: 15_000, reimportRatio: 0.05 };
const TIME_ZONE = 'UTC';
const NOW = Date.UTC(2027, 0, 1);
/** The re-import adds conversations of another seed (other ids and texts) until ≥ 1 % new messages. */
const NEW_SEED = DEMO_DEFAULT.seed + 1;
const NEW_SHARE = 0.01;

type Encoders = { student: TextEncoderPort; teacher: TextEncoderPort };
type Heads = Record<HeadName, Head>;

export interface EncoderRate {
  encoder: 'student' | 'teacher';
  id: string;
  device: string;
  /** Texts the pipeline gathers for this encoder, and the distinct ones it embeds (cache off). */
  inputTexts: number;
  texts: number;
  aloneMs: number[];
  /** The encoder's share of the pipeline's embed stage (hashing, dedup and copies included), per run. */
  pipelineStageMs: number[];
  /** Its embed() call alone inside the pipeline, per run. */
  pipelineCallMs: number[];
  /** From the medians. */
  aloneTextsPerS: number;
  pipelineTextsPerS: number;
  efficiency: number;
}

export interface SizeRun {
  label: string;
  conversations: number;
  userMessages: number;
  textsEmbedded: number;
  /** Distinct texts per encoder (the same export dedupes the same way in the browser). */
  distinct: { messages: number; conversations: number };
  timings: MlAnalysis['timings'];
}

export interface ReimportRun {
  userMessages: { first: number; second: number; added: number };
  conversationsAdded: number;
  first: { textsComputed: number; totalMs: number; embedMs: number; timings: MlAnalysis['timings'] };
  second: { textsComputed: number; cacheHits: number; totalMs: number; embedMs: number; timings: MlAnalysis['timings'] };
  totalRatio: number;
  embedRatio: number;
  /** Share of the second run spent in topics + language, which are recomputed in full. */
  recomputedShare: number;
}

export interface MlNodeResult {
  loadMs: number;
  encoders: EncoderRate[];
  /** The whole embed stage: both encoders alone vs the pipeline's embedMs. */
  embedStage: { texts: number; aloneMs: number; pipelineMs: number; efficiency: number };
  sizes: SizeRun[];
  reimport: ReimportRun;
}

/** A Map behind the cache port; vectors are copied in, as IndexedDB would. */
export class MemoryVectorCache implements VectorCachePort {
  private readonly vectors = new Map<string, Float32Array>();

  async getMany(encoderId: string, textHashes: readonly string[]) {
    return textHashes.map((hash) => this.vectors.get(`${encoderId}\u0000${hash}`));
  }

  async putMany(encoderId: string, textHashes: readonly string[], vectors: Float32Array, dimensions: number) {
    textHashes.forEach((hash, row) => this.vectors.set(`${encoderId}\u0000${hash}`, vectors.slice(row * dimensions, (row + 1) * dimensions)));
  }
}

/** The demo export of `conversations` conversations, written once under `dir`. */
export async function demoExportFile(dir: string, conversations: number, seed = DEMO_DEFAULT.seed): Promise<string> {
  const file = join(dir, `demo-ml-s${seed}-c${conversations}.json`);
  if (!existsSync(file)) await writeChunks(file, generateDemoExport({ seed, conversations }));
  return file;
}

async function readConversations(file: string): Promise<Conversation[]> {
  const input = await openInput(file);
  const conversations: Conversation[] = [];
  await ingestArchive(input.archive, input.name, { limits: DEFAULT_LIMITS, onConversation: (conversation) => void conversations.push(conversation) });
  return conversations;
}

/** An encoder that records when its embed() calls ran. */
function timed(encoder: TextEncoderPort) {
  const calls: { start: number; end: number; texts: number }[] = [];
  const port: TextEncoderPort = {
    use: encoder.use,
    dimensions: encoder.dimensions,
    async embed(texts, options) {
      const start = performance.now();
      const vectors = await encoder.embed(texts, options);
      calls.push({ start, end: performance.now(), texts: texts.length });
      return vectors;
    },
  };
  return { port, calls, callMs: () => calls.reduce((sum, call) => sum + call.end - call.start, 0), texts: () => calls.reduce((sum, call) => sum + call.texts, 0) };
}

/**
 * One pipeline run, with the embed stage split between the encoders: the stage ends when the
 * 'labelling' phase starts (its start is that minus embedMs); the student's share runs until the
 * teacher's call starts, the teacher's from there (the ~1 ms hashing of conversation texts falls
 * on the student's side).
 */
async function runPipeline(conversations: Conversation[], encoders: Encoders, heads: Heads, cache: VectorCachePort | null) {
  const student = timed(encoders.student);
  const teacher = timed(encoders.teacher);
  let embedEnd = 0;
  const { analysis } = await runMlPipeline(conversations, {
    timeZone: TIME_ZONE,
    messageEncoder: student.port,
    conversationEncoder: teacher.port,
    heads,
    cache,
    now: NOW,
    onProgress: (phase) => {
      if (phase === 'labelling' && !embedEnd) embedEnd = performance.now();
    },
  });
  const embedStart = embedEnd - analysis.timings.embedMs;
  const split = teacher.calls[0]?.start ?? embedEnd;
  return { analysis, student, teacher, studentStageMs: split - embedStart, teacherStageMs: embedEnd - split };
}

async function distinctTexts(conversations: Conversation[]) {
  const inputs = await collectMlInputs(conversations, TIME_ZONE);
  return {
    messages: [...new Set(inputs.messages.map((message) => message.text))],
    conversations: [...new Set(inputs.conversations.map((conversation) => conversation.text))],
  };
}

async function timeAlone(encoder: TextEncoderPort, texts: string[]): Promise<{ ms: number; vectors: Float32Array }> {
  const started = performance.now();
  const vectors = await encoder.embed(texts);
  return { ms: performance.now() - started, vectors };
}

/** Hands back vectors computed before: a pipeline run then costs the other encoder and the rest. */
function replay(encoder: TextEncoderPort, texts: readonly string[], vectors: Float32Array): TextEncoderPort {
  const dims = encoder.dimensions;
  const byText = new Map(texts.map((text, row) => [text, vectors.subarray(row * dims, (row + 1) * dims)]));
  return {
    use: encoder.use,
    dimensions: dims,
    async embed(batch) {
      const out = new Float32Array(batch.length * dims);
      batch.forEach((text, row) => out.set(byText.get(text)!, row * dims));
      return out;
    },
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Conversations of another seed, in order, until they hold ≥ `share` of `base`'s user messages. */
async function newConversations(dir: string, base: number, share: number): Promise<{ conversations: Conversation[]; userMessages: number }> {
  const wanted = Math.ceil(base * share);
  const pool = await readConversations(await demoExportFile(dir, 60, NEW_SEED));
  const picked: Conversation[] = [];
  let userMessages = 0;
  for (const conversation of pool) {
    if (userMessages >= wanted) break;
    const count = conversation.messages.filter((message) => message.role === 'user' && message.text.trim()).length;
    // Skip a long chat that would overshoot by more than a few messages.
    if (userMessages + count > wanted + 3) continue;
    picked.push(conversation);
    userMessages += count;
  }
  return { conversations: picked, userMessages };
}

const computed = (analysis: MlAnalysis) => analysis.counts.textsEmbedded - analysis.counts.cacheHits;

export async function measureMlNode(dataDir: string, log: (line: string) => void = console.log): Promise<MlNodeResult> {
  const loadStarted = performance.now();
  const [encoders, heads] = await Promise.all([nodeEncoders(), loadTrainedHeads()]);
  const loadMs = performance.now() - loadStarted;
  log(`Node: encoders and heads loaded in ${(loadMs / 1000).toFixed(1)} s.`);

  const exports = await Promise.all(ML_SIZES.map(async (size) => ({ ...size, conversations: await readConversations(await demoExportFile(dataDir, size.conversations)) })));
  const demo = exports.find((size) => size.conversations.length === DEMO_DEFAULT.conversations)!.conversations;
  const texts = await distinctTexts(demo);

  // Warm both encoders (WASM compile, JIT): the student on all its texts (a tenth of a second),
  // the teacher on a batch.
  await encoders.student.embed(texts.messages);
  await encoders.teacher.embed(texts.conversations.slice(0, 32));

  // The teacher (~9 s a run): alone, the full pipeline, alone again; the median absorbs drift on
  // a shared machine. The full run is also the ~3.5k row of the sizes table.
  log('Node: the teacher alone vs inside the pipeline (demo export)…');
  const teacherFirst = await timeAlone(encoders.teacher, texts.conversations);
  const demoRun = await runPipeline(demo, encoders, heads, null);
  const teacherAlone = [teacherFirst.ms, (await timeAlone(encoders.teacher, texts.conversations)).ms];

  // The student's share of the stage is ~0.1 s, too short for one sample to tell: five pipeline
  // runs with the teacher replaying its vectors (~2 s each), interleaved with five alone runs.
  log('Node: the student alone vs inside the pipeline (demo export, 5 runs each)…');
  const withReplay = { student: encoders.student, teacher: replay(encoders.teacher, texts.conversations, teacherFirst.vectors) };
  const studentAlone: number[] = [];
  const studentRuns: Awaited<ReturnType<typeof runPipeline>>[] = [];
  for (let run = 0; run < 5; run++) {
    studentAlone.push((await timeAlone(encoders.student, texts.messages)).ms);
    studentRuns.push(await runPipeline(demo, withReplay, heads, null));
  }

  const counts = demoRun.analysis.counts;
  const rate = (encoder: 'student' | 'teacher', aloneMs: number[], runs: { port: ReturnType<typeof timed>; stageMs: number }[]): EncoderRate => {
    const count = runs[0]!.port.texts();
    const port = encoders[encoder];
    const pipelineStageMs = runs.map((run) => run.stageMs);
    const aloneTextsPerS = (count * 1000) / median(aloneMs);
    const pipelineTextsPerS = (count * 1000) / median(pipelineStageMs);
    const inputTexts = encoder === 'student' ? counts.userMessages : counts.conversations;
    return {
      encoder,
      id: port.use.id,
      device: port.use.device,
      inputTexts,
      texts: count,
      aloneMs,
      pipelineStageMs,
      pipelineCallMs: runs.map((run) => run.port.callMs()),
      aloneTextsPerS,
      pipelineTextsPerS,
      efficiency: pipelineTextsPerS / aloneTextsPerS,
    };
  };
  const rates = [
    rate('student', studentAlone, studentRuns.map((run) => ({ port: run.student, stageMs: run.studentStageMs }))),
    rate('teacher', teacherAlone, [{ port: demoRun.teacher, stageMs: demoRun.teacherStageMs }]),
  ];
  const stageTexts = demoRun.student.texts() + demoRun.teacher.texts();
  const stageAloneMs = median(studentAlone) + median(teacherAlone);
  const embedStage = { texts: stageTexts, aloneMs: stageAloneMs, pipelineMs: demoRun.analysis.timings.embedMs, efficiency: stageAloneMs / demoRun.analysis.timings.embedMs };

  const sizes: SizeRun[] = [];
  for (const size of exports) {
    log(`Node: full ML analysis, ${size.label} user messages (${size.conversations.length} conversations)…`);
    const run = size.conversations === demo ? demoRun : await runPipeline(size.conversations, encoders, heads, null);
    const { counts, timings } = run.analysis;
    const distinct = { messages: run.student.texts(), conversations: run.teacher.texts() };
    sizes.push({ label: size.label, conversations: counts.conversations, userMessages: counts.userMessages, textsEmbedded: counts.textsEmbedded, distinct, timings });
  }

  log('Node: re-import with ~1 % new messages, in-memory vector cache…');
  const cache = new MemoryVectorCache();
  const first = (await runPipeline(demo, encoders, heads, cache)).analysis;
  const added = await newConversations(dataDir, first.counts.userMessages, NEW_SHARE);
  const second = (await runPipeline([...demo, ...added.conversations], encoders, heads, cache)).analysis;
  const reimport: ReimportRun = {
    userMessages: { first: first.counts.userMessages, second: second.counts.userMessages, added: added.userMessages },
    conversationsAdded: added.conversations.length,
    first: { textsComputed: computed(first), totalMs: first.timings.totalMs, embedMs: first.timings.embedMs, timings: first.timings },
    second: { textsComputed: computed(second), cacheHits: second.counts.cacheHits, totalMs: second.timings.totalMs, embedMs: second.timings.embedMs, timings: second.timings },
    totalRatio: second.timings.totalMs / first.timings.totalMs,
    embedRatio: second.timings.embedMs / first.timings.embedMs,
    recomputedShare: (second.timings.topicsMs + second.timings.languageMs) / second.timings.totalMs,
  };
  return { loadMs, encoders: rates, embedStage, sizes, reimport };
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const met = (ok: boolean) => (ok ? 'met' : 'NOT met');

export const pipelineStages = (timings: MlAnalysis['timings']) => ({ embed: timings.embedMs, heads: timings.headsMs, topics: timings.topicsMs, language: timings.languageMs });

/** The stage that takes the most of `totalMs`, with its share. */
export function boundingStage(stages: Record<string, number>, totalMs: number): string {
  const [name, ms] = Object.entries(stages).sort((a, b) => b[1] - a[1])[0]!;
  return `${name} (${Math.round((ms / totalMs) * 100)} %)`;
}

export function printMlNode(result: MlNodeResult): void {
  console.log('\nEncoder throughput, alone vs inside runMlPipeline (Node, demo export, cache off):');
  console.table([
    ...result.encoders.map((row) => ({
      encoder: `${row.encoder} (${row.id}, ${row.device})`,
      'texts (distinct / all)': `${row.texts} / ${row.inputTexts}`,
      'alone texts/s': row.aloneTextsPerS.toFixed(0),
      'pipeline texts/s': row.pipelineTextsPerS.toFixed(0),
      efficiency: row.efficiency.toFixed(2),
      'call ÷ alone': (median(row.aloneMs) / median(row.pipelineCallMs)).toFixed(2),
      'runs alone / in pipeline': `${row.aloneMs.length} / ${row.pipelineStageMs.length}`,
      [`goal ≥ ${GOALS.efficiency}`]: met(row.efficiency >= GOALS.efficiency),
    })),
    {
      encoder: 'embed stage (both)',
      'texts (distinct / all)': `${result.embedStage.texts} / ${result.encoders.reduce((sum, row) => sum + row.inputTexts, 0)}`,
      'alone texts/s': ((result.embedStage.texts * 1000) / result.embedStage.aloneMs).toFixed(0),
      'pipeline texts/s': ((result.embedStage.texts * 1000) / result.embedStage.pipelineMs).toFixed(0),
      efficiency: result.embedStage.efficiency.toFixed(2),
      'call ÷ alone': '',
      'runs alone / in pipeline': 'medians / 1',
      [`goal ≥ ${GOALS.efficiency}`]: met(result.embedStage.efficiency >= GOALS.efficiency),
    },
  ]);

  console.log(
    "efficiency = pipeline texts/s ÷ alone texts/s, where the pipeline's share of an encoder runs from its stage's start " +
      '(hashing, dedup, cache) to the vectors assembled; call ÷ alone is its embed() call inside the pipeline ÷ alone.',
  );
  const teacher = result.encoders.find((row) => row.encoder === 'teacher')!;
  console.log(
    `The demo's texts repeat (templated phrases), and the pipeline embeds each distinct text once. An export whose ` +
      `${teacher.inputTexts} conversation texts were all distinct would keep the teacher busy ~${s((teacher.inputTexts * 1000) / teacher.aloneTextsPerS)} ` +
      `at the alone rate.`,
  );

  console.log(`\nTime to the full ML analysis in Node (pipeline total, models loaded once in ${s(result.loadMs)}, not counted):`);
  console.table(
    result.sizes.map((row) => ({
      'user msgs': row.userMessages,
      conversations: row.conversations,
      'texts embedded': row.textsEmbedded,
      total: s(row.timings.totalMs),
      embed: s(row.timings.embedMs),
      'embed texts/s': ((row.textsEmbedded * 1000) / row.timings.embedMs).toFixed(0),
      heads: s(row.timings.headsMs),
      topics: s(row.timings.topicsMs),
      language: s(row.timings.languageMs),
      'bound by': boundingStage(pipelineStages(row.timings), row.timings.totalMs),
      'goal ≤ 15 s': row.label === '~3.5k' ? met(row.timings.totalMs <= GOALS.fullWrappedMs) : '',
    })),
  );

  const r = result.reimport;
  console.log(`\nRe-import with ${r.userMessages.added} new user messages (${((r.userMessages.added / r.userMessages.first) * 100).toFixed(1)} %, ${r.conversationsAdded} new conversations), same in-memory cache:`);
  console.table([
    { run: 'first import', 'user msgs': r.userMessages.first, 'texts embedded': r.first.textsComputed, 'cache hits': 0, total: s(r.first.totalMs), embed: s(r.first.embedMs), topics: s(r.first.timings.topicsMs), language: s(r.first.timings.languageMs) },
    { run: 're-import', 'user msgs': r.userMessages.second, 'texts embedded': r.second.textsComputed, 'cache hits': r.second.cacheHits, total: s(r.second.totalMs), embed: s(r.second.embedMs), topics: s(r.second.timings.topicsMs), language: s(r.second.timings.languageMs) },
  ]);
  const pct = (ratio: number) => `${(ratio * 100).toFixed(1)} %`;
  console.log(
    `Re-import ÷ first: embed ${pct(r.embedRatio)} (goal ≤ 5 %: ${met(r.embedRatio <= GOALS.reimportRatio)}), ` +
      `total ${pct(r.totalRatio)} (goal ≤ 5 %: ${met(r.totalRatio <= GOALS.reimportRatio)}). ` +
      `Topics and language are recomputed in full on every run: ${pct(r.recomputedShare)} of the re-import's total.`,
  );
}
