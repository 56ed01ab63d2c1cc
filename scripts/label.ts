/**
 * CLI: npm run label -- <texts.txt | texts.jsonl> [--out preds.jsonl] [--tasks sentiment,emotion,intent,safety]
 *
 * Labels each input text exactly as the app's analysis labels a user message: the same text
 * preparation (trimmed, cut at 1,000 characters), the same encoder (the distilled student), the
 * same shipped heads and the same decision rules (lib/ml/heads/predict.ts `labelMessages`, which
 * runMlPipeline calls too). Probabilities are the heads' softmax as shipped; no recalibration.
 * (In the app, a newer head deployed on the server's registry, or the user's own sentiment
 * adaptation, can replace a shipped head; like `npm run analyze`, this uses the shipped ones.)
 *
 * Input: a .txt file (one text a line; blank lines are not texts) or a .jsonl file (one object a
 * line with a string `text`; its other fields, such as `id` or `label`, are copied to the output).
 * Read as a stream, so files larger than memory work. Output, one JSON object a line in input order:
 *   { …input fields, "line": 3, "labels": { "sentiment": "positive", … },
 *     "probabilities": { "sentiment": { "negative": 0.01, "neutral": 0.07, "positive": 0.92 }, … } }
 * A .jsonl text that is empty after trimming is not labelled (the app skips empty messages):
 * its row has "skipped": "empty text" instead of labels. `line`, `labels`, `probabilities` and
 * `skipped` are the CLI's own keys and replace input fields of those names.
 *
 * "safety" is the toxicity head (either name works, whichever the shipped head has). Exit code 2,
 * with a message, for a missing, empty or malformed file or a bad option; 1 for anything else.
 */
import { createReadStream, createWriteStream, renameSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { labelMessages, resolveHeadName } from '../lib/ml/heads/predict';
import type { HeadName } from '../lib/ml/heads/labels';
import { loadTrainedHeads } from '../lib/ml/heads/trained';
import { messageTextForLabels } from '../lib/ml/pipeline/collect';
import { studentPort } from '../lib/ml/student-port';
import { loadStudentInNode } from './ml/student-vectors';

const USAGE = 'Usage: npm run label -- <texts.txt | texts.jsonl> [--out preds.jsonl] [--tasks sentiment,emotion,intent,safety] [--format txt|jsonl]';
const DEFAULT_TASKS = 'sentiment,emotion,intent,safety';
/** Texts embedded and labelled at a time: big enough to amortise, small enough to stream. */
const BATCH = 2_048;
const PROGRESS_EVERY_MS = 2_000;

/** A problem with the input or the options: exit code 2 and the message, no stack. */
class InputError extends Error {}

type Format = 'txt' | 'jsonl';

interface Pending {
  line: number;
  fields: Record<string, unknown>;
  /** The text as the heads see it; '' when there is nothing to label. */
  text: string;
}

function formatOf(file: string, forced: string | undefined): Format {
  if (forced !== undefined) {
    if (forced !== 'txt' && forced !== 'jsonl') throw new InputError(`--format must be txt or jsonl, not "${forced}"`);
    return forced;
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.txt') return 'txt';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  throw new InputError(`${file}: cannot tell the format from "${ext || 'no extension'}"; name it .txt or .jsonl, or pass --format txt|jsonl`);
}

function checkFile(file: string): void {
  let stats;
  try {
    stats = statSync(file);
  } catch {
    throw new InputError(`${file}: no such file`);
  }
  if (!stats.isFile()) throw new InputError(`${file}: not a file`);
  if (stats.size === 0) throw new InputError(`${file}: the file is empty`);
}

function parseTasks(list: string): { key: string; head: HeadName }[] {
  const tasks = list.split(',').map((task) => task.trim()).filter(Boolean);
  if (tasks.length === 0) throw new InputError('--tasks is empty');
  const out: { key: string; head: HeadName }[] = [];
  for (const key of tasks) {
    let head: HeadName;
    try {
      head = resolveHeadName(key);
    } catch (error) {
      throw new InputError(`--tasks: ${(error as Error).message}`);
    }
    if (!out.some((task) => task.key === key)) out.push({ key, head });
  }
  return out;
}

/** One input line → a pending row, null for a blank line; InputError (with the line number) when malformed. */
function parseLine(raw: string, line: number, format: Format, file: string): Pending | null {
  const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
  if (!text.trim()) return null;
  if (format === 'txt') return { line, fields: { text }, text: messageTextForLabels(text) };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InputError(`${file}, line ${line}: not JSON (each line of a .jsonl file is one object like {"text": "…"})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(`${file}, line ${line}: not a JSON object`);
  const fields = value as Record<string, unknown>;
  if (typeof fields.text !== 'string') throw new InputError(`${file}, line ${line}: no string "text" field`);
  return { line, fields, text: messageTextForLabels(fields.text) };
}

function write(stream: WriteStream | NodeJS.WriteStream, chunk: string): Promise<void> {
  return stream.write(chunk) ? Promise.resolve() : new Promise((resolve) => stream.once('drain', () => resolve()));
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { out: { type: 'string' }, tasks: { type: 'string', default: DEFAULT_TASKS }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new InputError(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new InputError(USAGE);
  const format = formatOf(file, values.format);
  const tasks = parseTasks(values.tasks);
  checkFile(file);

  const [student, heads] = await Promise.all([loadStudentInNode().then(studentPort), loadTrainedHeads()]);
  const headNames = [...new Set(tasks.map((task) => task.head))];
  const names = tasks.map((task) => (task.key === task.head ? task.key : `${task.key} (${task.head} head)`));
  process.stderr.write(`Labelling ${file} with the ${student.use.id} encoder and the shipped heads: ${names.join(', ')}\n`);

  const partial = values.out ? `${values.out}.partial` : null;
  const out = partial ? createWriteStream(partial) : process.stdout;
  const started = performance.now();
  let rows = 0;
  let skipped = 0;
  let lastReport = started;

  const flush = async (batch: Pending[]) => {
    const texts = batch.filter((row) => row.text).map((row) => row.text);
    const vectors = await student.embed(texts);
    const labelled = labelMessages(vectors, texts.length, heads, headNames);
    let chunk = '';
    let index = 0;
    for (const row of batch) {
      const base = { ...row.fields, line: row.line };
      if (!row.text) {
        chunk += `${JSON.stringify({ ...base, skipped: 'empty text' })}\n`;
        skipped++;
        continue;
      }
      const labels: Record<string, string> = {};
      const probabilities: Record<string, Record<string, number>> = {};
      for (const { key, head } of tasks) {
        const result = labelled[head];
        const width = result.labels.length;
        labels[key] = result.labels[result.labelIndex[index]!]!;
        probabilities[key] = Object.fromEntries(result.labels.map((label, k) => [label, result.probabilities[index * width + k]!]));
      }
      chunk += `${JSON.stringify({ ...base, labels, probabilities })}\n`;
      index++;
    }
    await write(out, chunk);
    rows += batch.length;
    const now = performance.now();
    if (now - lastReport >= PROGRESS_EVERY_MS) {
      lastReport = now;
      process.stderr.write(`  ${rows.toLocaleString('en')} rows (${Math.round(rows / ((now - started) / 1000)).toLocaleString('en')}/s)\n`);
    }
  };

  try {
    const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
    let line = 0;
    let batch: Pending[] = [];
    for await (const raw of lines) {
      const row = parseLine(raw, ++line, format, file);
      if (!row) continue;
      batch.push(row);
      if (batch.length >= BATCH) {
        await flush(batch);
        batch = [];
      }
    }
    if (batch.length) await flush(batch);
    if (rows === 0) throw new InputError(`${file}: no texts (only blank lines)`);
    if (partial) {
      await new Promise<void>((resolve, reject) => (out as WriteStream).end((error?: Error | null) => (error ? reject(error) : resolve())));
      renameSync(partial, values.out!);
    }
  } catch (error) {
    if (partial) {
      (out as WriteStream).destroy();
      rmSync(partial, { force: true });
    }
    throw error;
  }
  const seconds = (performance.now() - started) / 1000;
  const empty = skipped ? ` (${skipped.toLocaleString('en')} empty, not labelled)` : '';
  process.stderr.write(`Labelled ${rows.toLocaleString('en')} rows${empty} in ${seconds.toFixed(1)} s${values.out ? `; wrote ${values.out}` : ''}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof InputError) {
    console.error(`Error: ${error.message}`);
    process.exitCode = 2;
  } else {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
    process.exitCode = 1;
  }
});
