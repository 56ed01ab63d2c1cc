/**
 * npm run train -- examples.jsonl --task my-categories [--model logistic|mlp] [--search tpe --budget 20]
 *                  [--folds 5] [--encoder student|teacher] [--seed 1] [--out head.json]
 * Trains a head on labelled examples ({ text, label } or { vector, label }, as a JSON array or one
 * per line) with the same library and job code as the server (lib/train via lib/server/train),
 * prints the cross-validated metrics and writes the head file (the shipped heads' format).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { classOrder } from '../lib/server/train/dataset';
import { toServerHeadFile } from '../lib/server/train/head-file';
import { jobRequestSchema } from '../lib/server/train/schema';
import { trainJob } from '../lib/server/train/train-job';

function readExamples(file: string): unknown[] {
  const text = readFileSync(file, 'utf8').trim();
  if (text.startsWith('[')) return JSON.parse(text) as unknown[];
  return text.split('\n').filter((line) => line.trim()).map((line, index) => {
    try {
      return JSON.parse(line) as unknown;
    } catch {
      throw new Error(`${file}, line ${index + 1}: not JSON`);
    }
  });
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      task: { type: 'string', default: 'custom' },
      model: { type: 'string', default: 'logistic' },
      search: { type: 'string' },
      budget: { type: 'string', default: '12' },
      folds: { type: 'string', default: '5' },
      encoder: { type: 'string', default: 'student' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const file = positionals[0];
  if (!file) throw new Error('Give a file of labelled examples: npm run train -- examples.jsonl --task my-categories');
  const request = jobRequestSchema.safeParse({
    task: values.task,
    examples: readExamples(file),
    model: { kind: values.model },
    search: values.search ? { method: values.search, budget: Number(values.budget) } : undefined,
    folds: Number(values.folds),
    encoder: values.encoder,
    seed: Number(values.seed),
  });
  if (!request.success) throw new Error(request.error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('\n'));
  const { task, examples, ...spec } = request.data;
  const classes = classOrder([...new Set(examples.map((example) => example.label))], task, spec.labels);
  const rows = examples.map((example) => ('vector' in example ? { label: example.label, vector: Float32Array.from(example.vector) } : example));
  let shown = -1;
  const result = await trainJob({ spec, rows, classes }, (progress) => {
    const percent = Math.floor(progress * 10) * 10;
    if (percent !== shown) process.stderr.write(`${(shown = percent)}% `);
  });
  process.stderr.write('\n');
  const { metrics } = result;
  console.log(`${task}: ${examples.length} examples, ${classes.length} labels, ${result.kind} (${JSON.stringify(result.params)}), ${spec.folds}-fold CV`);
  console.table({ 'macro-F1': metrics.macroF1, accuracy: metrics.accuracy, ECE: metrics.ece, 'log loss': metrics.logLoss });
  console.table(metrics.perLabelF1);
  const out = values.out ?? `${task}.head.json`;
  writeFileSync(out, JSON.stringify(toServerHeadFile(task, classes, result, { datasetId: basename(file), seed: spec.seed, examples: examples.length }), null, 2));
  console.log(`Wrote ${out}`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
