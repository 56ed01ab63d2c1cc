/**
 * npm run demo -- [--bytes 100MB | --conversations N] [--seed 7] --out /tmp/demo.json
 * Streams a seeded demo ChatGPT `conversations.json` to a file without holding it in memory, then
 * prints what an analysis of it must report (JSON on stdout; size and speed on stderr).
 * Sizes: B, KB, MB, GB are 1024-based, like the bench's.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { conversationsForBytes, DEMO_DEFAULT, generateDemoExport } from '../lib/demo';

const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };
/** Small writes cost more than the JSON itself; hand the stream about a megabyte at a time. */
const WRITE_BATCH_CHARS = 1 << 20;

function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?b)?$/i.exec(text.trim());
  if (!match?.[1]) throw new Error(`--bytes: expected a size like 500KB, 100MB or 1GB, got "${text}"`);
  return Math.round(Number(match[1]) * (UNITS[(match[2] ?? 'b').toLowerCase()] ?? 1));
}

function parseInteger(name: string, text: string, min = -Infinity): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name}: expected an integer ≥ ${min}, got "${text}"`);
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      bytes: { type: 'string' },
      conversations: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (!values.out) throw new Error('--out <file> is required');
  if (values.bytes && values.conversations) throw new Error('give --bytes or --conversations, not both');
  const conversations = values.bytes
    ? conversationsForBytes(parseSize(values.bytes))
    : values.conversations
      ? parseInteger('conversations', values.conversations, 1)
      : DEMO_DEFAULT.conversations;
  const seed = values.seed ? parseInteger('seed', values.seed) : DEMO_DEFAULT.seed;

  const started = performance.now();
  const out = createWriteStream(values.out);
  const chunks = generateDemoExport({ seed, conversations });
  let bytes = 0;
  let batch: string[] = [];
  let batchChars = 0;
  const flush = async () => {
    const encoded = Buffer.from(batch.join(''));
    bytes += encoded.length;
    batch = [];
    batchChars = 0;
    if (!out.write(encoded)) await once(out, 'drain');
  };
  let step = chunks.next();
  while (!step.done) {
    batch.push(step.value);
    batchChars += step.value.length;
    if (batchChars >= WRITE_BATCH_CHARS) await flush();
    step = chunks.next();
  }
  await flush();
  out.end();
  await once(out, 'finish');

  const seconds = (performance.now() - started) / 1000;
  const megabytes = bytes / 1024 ** 2;
  console.error(`${values.out}: ${megabytes.toFixed(1)} MB, ${conversations} conversations, seed ${seed}, ${seconds.toFixed(1)} s (${(megabytes / seconds).toFixed(1)} MB/s)`);
  console.log(JSON.stringify(step.value, null, 2));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
