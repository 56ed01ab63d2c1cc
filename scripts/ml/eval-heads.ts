/**
 * Measures the committed heads (lib/ml/heads/trained/*.json): macro-F1 on each head's dev split,
 * and on 200 real prompts labelled by hand for intent and sentiment, with per-label F1 and the
 * confusion matrix. Heads under 0.5 macro-F1 are flagged POOR.
 *
 *   npm run eval:heads                              # teacher vectors (USE-lite)
 *   npm run eval:heads -- --encoder use-lite-static # the distilled static student
 *   npm run eval:heads -- intent                    # some heads only
 *
 * The hand labels (scripts/ml/prompt-labels.json, ids only) were given by reading each prompt.
 * Selection: per source of prompts.jsonl a seeded shuffle, the first prompts of 8–600 characters
 * that read as English, quotas spread over the 13 sources (50 hh-rlhf, 20 awesome-chatgpt-prompts,
 * 36 arena-hard, 10 + 10 MT-bench/Vicuna, 24 self-instruct, 50 alpaca_eval).
 * Guideline — intent, by what the user asks of the assistant:
 *   question: asks for information or an opinion ("How do I…?", "What is…?", "Should I…?", a word problem ending in a question);
 *   request: a directive framed as an ask or wish ("Can/Could you…", "Please…", "I want you to act as…", "Do you have any suggestions…?");
 *   command: a bare imperative or task spec ("Write a poem about X", "Act as…", "Given X, find Y", an image-generation prompt);
 *   statement: tells without asking ("I think X", "I want to get better at networking"); complaint: vents anger or dissatisfaction; praise: thanks or admires.
 * Sentiment is the user's own tone, not the topic: neutral unless the writing shows hostility, fear, frustration
 *   or sadness (negative) or warmth, enthusiasm or gratitude (positive); "write a sad poem" is neutral.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHead, type Head } from '../../lib/ml/heads/format';
import { HEAD_LABELS, HEAD_NAMES, type HeadName } from '../../lib/ml/heads/labels';
import { f1Report, type F1Report } from '../../lib/ml/heads/metrics';
import { predict } from '../../lib/ml/heads/predict';
import type { TrainingSet } from '../../lib/ml/heads/train';
import { loadHeadSets, type Embed } from './head-sets';
import { teacherVectors } from './teacher';

const HEADS_DIR = path.resolve(process.cwd(), 'lib/ml/heads/trained');
const STUDENT_MODULE = path.resolve(process.cwd(), 'scripts/ml/student-vectors.ts');
const ENCODERS = ['use-lite', 'use-lite-static'] as const;
type EncoderId = (typeof ENCODERS)[number];
const POOR_BELOW = 0.5;

function parseArgs(argv: string[]): { encoder: EncoderId; heads: HeadName[] } {
  let encoder: EncoderId = 'use-lite';
  const heads: HeadName[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--encoder' || arg.startsWith('--encoder=')) {
      const value = arg.includes('=') ? arg.slice('--encoder='.length) : argv[++i];
      if (!ENCODERS.includes(value as EncoderId)) throw new Error(`--encoder must be one of ${ENCODERS.join(', ')}, not "${value}"`);
      encoder = value as EncoderId;
    } else if (HEAD_NAMES.includes(arg as HeadName)) {
      heads.push(arg as HeadName);
    } else {
      throw new Error(`unknown argument "${arg}"; usage: eval-heads [--encoder ${ENCODERS.join('|')}] [${HEAD_NAMES.join('|')} …]`);
    }
  }
  return { encoder, heads: heads.length ? heads : HEAD_NAMES };
}

async function embedderFor(encoder: EncoderId): Promise<Embed> {
  if (encoder === 'use-lite') return teacherVectors;
  if (!existsSync(STUDENT_MODULE)) throw new Error('student not distilled yet: scripts/ml/student-vectors.ts does not exist');
  const student = (await import(STUDENT_MODULE)) as { studentVectors?: (texts: readonly string[]) => Promise<Float32Array[]> };
  if (typeof student.studentVectors !== 'function') throw new Error('student not distilled yet: scripts/ml/student-vectors.ts exports no studentVectors');
  return (texts) => student.studentVectors!(texts);
}

const score = (value: number) => `${value.toFixed(3)}${value < POOR_BELOW ? ' POOR' : ''}`;

function measure(head: Head, set: TrainingSet): F1Report {
  return f1Report(set.labels, predict(head, set.vectors, set.count).labelIndex, set.classes);
}

function perLabelLine(labels: readonly string[], report: F1Report): string {
  return labels.map((label, index) => `${label} ${report.perLabel[index]?.toFixed(2) ?? '–'}`).join(' · ');
}

function confusionLines(labels: readonly string[], report: F1Report): string[] {
  const width = Math.max(...labels.map((label) => label.length), 6);
  const header = `${'truth \\ predicted'.padEnd(width + 2)}${labels.map((label) => label.slice(0, 9).padStart(10)).join('')}`;
  return [header, ...report.matrix.map((row, k) => `  ${labels[k]!.padEnd(width)}${row.map((n) => String(n).padStart(10)).join('')}`)];
}

async function main() {
  const { encoder, heads } = parseArgs(process.argv.slice(2));
  const embed = await embedderFor(encoder);
  const summary: string[] = [];
  console.log(`Heads on ${encoder} vectors\n`);
  for (const name of heads) {
    const head = parseHead(JSON.parse(readFileSync(path.join(HEADS_DIR, `${name}.json`), 'utf8')), { encoder, dims: 512 });
    const sets = await loadHeadSets(name, embed);
    const labels = HEAD_LABELS[name];
    const dev = measure(head, sets.dev);
    const prompts = sets.prompts ? measure(head, sets.prompts) : null;
    console.log(`${name} (${head.kind}${head.training.hidden ?? ''}, trained on ${head.training.datasets.join(', ')})`);
    console.log(`  dev      macro-F1 ${score(dev.macroF1)}  accuracy ${dev.accuracy.toFixed(3)}  n=${sets.dev.count}`);
    console.log(`           ${perLabelLine(labels, dev)}`);
    if (prompts) {
      console.log(`  prompts  macro-F1 ${score(prompts.macroF1)}  accuracy ${prompts.accuracy.toFixed(3)}  n=${sets.prompts!.count} (hand-labelled)`);
      console.log(`           ${perLabelLine(labels, prompts)}`);
      for (const line of confusionLines(labels, prompts)) console.log(`  ${line}`);
    }
    console.log('');
    summary.push(`${name.padEnd(10)} │ ${head.kind.padEnd(7)} │ ${score(dev.macroF1).padEnd(10)} │ ${prompts ? score(prompts.macroF1) : '–'}`);
  }
  console.log(`head       │ kind    │ dev F1     │ prompt F1`);
  for (const line of summary) console.log(line);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
