/**
 * `npm run label` as a real process (texts in, the product's per-message labels out), the shared
 * decision rules, and the promise that matters: the CLI labels texts exactly as the analysis does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Head } from '../../lib/ml/heads/format';
import { HEAD_LABELS, HEAD_NAMES } from '../../lib/ml/heads/labels';
import { DECISION_RULES, decideLabels, labelMessages, predict, resolveHeadName, TOXIC_THRESHOLD } from '../../lib/ml/heads/predict';
import { loadTrainedHeads } from '../../lib/ml/heads/trained';
import { nodeEncoders } from '../../lib/ml/node/node-encoders';
import { runMlPipeline } from '../../lib/ml/pipeline/run';
import { demoConversations } from '../../lib/ml/pipeline/test-conversations';

const dir = mkdtempSync(join(tmpdir(), 'ai-wrapped-label-cli-'));
const POSITIVE = 'I absolutely love this, thank you so much, it is wonderful!';
const TASK_KEYS = ['sentiment', 'emotion', 'intent', 'safety'];

function label(file: string, ...args: string[]) {
  const out = join(dir, `preds-${Math.random().toString(36).slice(2)}.jsonl`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/label.ts', file, '--out', out, ...args], { encoding: 'utf8' });
  const rows = run.status === 0 ? readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, any>) : [];
  return { ...run, rows, out };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function expectDistributions(row: Record<string, any>, keys: string[]) {
  expect(Object.keys(row.labels)).toEqual(keys);
  expect(Object.keys(row.probabilities)).toEqual(keys);
  for (const key of keys) {
    const probabilities = row.probabilities[key] as Record<string, number>;
    expect(Object.values(probabilities).reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 5);
    expect(Object.keys(probabilities)).toContain(row.labels[key]);
  }
}

describe('npm run label', () => {
  it('labels each line of a .txt file with every task and its probabilities', () => {
    const input = file('texts.txt', `${POSITIVE}\n\nHow do I sort a list in Python?\r\nThis is the worst, I hate it and I am furious.\n`);
    const run = label(input);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/Labelled 3 rows/);
    expect(run.rows).toHaveLength(3);
    expect(run.rows.map((row) => row.line)).toEqual([1, 3, 4]);
    expect(run.rows[1]!.text).toBe('How do I sort a list in Python?');
    for (const row of run.rows) expectDistributions(row, TASK_KEYS);
    expect(run.rows[0]!.labels.sentiment).toBe('positive');
    expect(run.rows[0]!.labels.safety).toBe('ok');
    expect(run.rows[1]!.labels.intent).toBe('question');
    expect(run.rows[2]!.labels.sentiment).toBe('negative');
  });

  it('passes a .jsonl file’s other fields through and labels only the tasks asked for', () => {
    const lines = [
      { id: 'a', text: POSITIVE, label: 'positive' },
      { id: 'b', text: '   ', label: 'neutral' },
      { id: 'c', text: 'Write a haiku about autumn leaves.', label: 'neutral', extra: { nested: true } },
    ];
    const run = label(file('texts.jsonl', lines.map((line) => JSON.stringify(line)).join('\n')), '--tasks', 'sentiment,toxicity');
    expect(run.status, run.stderr).toBe(0);
    expect(run.rows).toHaveLength(3);
    expect(run.rows.map((row) => [row.id, row.label])).toEqual(lines.map((line) => [line.id, line.label]));
    expect(run.rows[2]!.extra).toEqual({ nested: true });
    expectDistributions(run.rows[0]!, ['sentiment', 'toxicity']);
    expect(run.rows[0]!.labels.sentiment).toBe('positive');
    expect(run.rows[1]).toMatchObject({ id: 'b', skipped: 'empty text' });
    expect(run.rows[1]!.labels).toBeUndefined();
  });

  it('exits 2 with a message, and no stack or partial output, for a malformed, empty or missing file', () => {
    const bad = label(file('bad.jsonl', `${JSON.stringify({ text: 'fine' })}\n{"text": "cut\n`));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('bad.jsonl, line 2: not JSON');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(bad.out)).toBe(false);
    expect(existsSync(`${bad.out}.partial`)).toBe(false);

    const noText = label(file('no-text.jsonl', '{"id": 1}\n'));
    expect(noText.status).toBe(2);
    expect(noText.stderr).toContain('line 1: no string "text" field');

    const empty = label(file('empty.txt', ''));
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('the file is empty');

    const missing = label(join(dir, 'missing.txt'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such file');

    const task = label(file('ok.txt', 'hello\n'), '--tasks', 'sentiment,mood');
    expect(task.status).toBe(2);
    expect(task.stderr).toContain('unknown task "mood"');
  });

  it('gives the same labels as the analysis of the same messages', async () => {
    const conversations = demoConversations(30, 7);
    const [{ student }, heads] = await Promise.all([nodeEncoders(), loadTrainedHeads()]);
    // The student stands in for the teacher too: conversation vectors don't touch the message labels.
    const { analysis, inputs } = await runMlPipeline(conversations, { timeZone: 'UTC', messageEncoder: student, conversationEncoder: student, heads, cache: null, now: 0 });
    const input = file('messages.jsonl', inputs.messages.map((message) => JSON.stringify({ id: message.messageId, text: message.text })).join('\n'));
    const run = label(input, '--tasks', 'sentiment,emotion,intent,toxicity');
    expect(run.status, run.stderr).toBe(0);
    expect(run.rows).toHaveLength(inputs.messages.length);
    const shares = (task: string, labels: readonly string[]) =>
      Object.fromEntries(labels.map((name) => [name, run.rows.filter((row) => row.labels[task] === name).length / run.rows.length]));
    for (const [share, expected] of [
      [shares('sentiment', HEAD_LABELS.sentiment), analysis.sentiment.overall],
      [shares('emotion', HEAD_LABELS.emotion), analysis.emotions.overall],
      [shares('intent', HEAD_LABELS.intent), analysis.intents.overall],
    ] as const) {
      for (const [name, value] of Object.entries(expected)) expect(share[name], name).toBeCloseTo(value, 10);
    }
    expect(run.rows.filter((row) => row.labels.toxicity === 'toxic').length).toBe(analysis.toxicity.messages);
  }, 120_000);
});

describe('labelMessages', () => {
  const toxicity = (bias: [number, number]): Head => ({
    head: 'toxicity',
    labels: HEAD_LABELS.toxicity,
    encoder: 'use-lite',
    dims: 1,
    kind: 'softmax',
    layers: [{ inputs: 1, outputs: 2, weights: Float32Array.from([0, 1]), bias: Float32Array.from(bias) }],
    training: { datasets: ['synthetic'], seed: 1, trainExamples: 0, l2: 0, iterations: 0, validation: {} },
    metrics: { devMacroF1: 1, devPerLabelF1: {}, promptMacroF1: null, promptPerLabelF1: null },
  });

  it('calls a message toxic only at p(toxic) ≥ the threshold, and keeps the softmax as it is', () => {
    const head = toxicity([0, 0]);
    // p(toxic) = σ(x): just under and just over the shipped threshold's log-odds.
    const at = Math.log(TOXIC_THRESHOLD / (1 - TOXIC_THRESHOLD));
    const vectors = Float32Array.from([at - 1, at - 0.01, at + 0.01, at + 3]);
    const { labelIndex, probabilities } = labelMessages(vectors, 4, { toxicity: head }).toxicity;
    expect(Array.from(labelIndex)).toEqual([0, 0, 1, 1]);
    expect(Array.from(probabilities)).toEqual(Array.from(predict(head, vectors, 4).probabilities));
    expect(probabilities[3]!).toBeLessThan(TOXIC_THRESHOLD);
    expect(probabilities[5]!).toBeGreaterThanOrEqual(TOXIC_THRESHOLD);
  });

  it('leaves heads without a rule at the argmax', () => {
    const head = { ...toxicity([0, 0]), head: 'sentiment' as const, labels: ['negative', 'positive'] };
    const prediction = predict(head, Float32Array.from([2]), 1);
    expect(Array.from(decideLabels(head, prediction))).toEqual([1]);
  });

  it('names its rules by labels the shipped heads have, and takes "safety" for the toxicity head', () => {
    for (const [head, rule] of Object.entries(DECISION_RULES)) {
      expect(HEAD_NAMES as readonly string[]).toContain(head);
      expect(HEAD_LABELS[head as keyof typeof HEAD_LABELS] as readonly string[]).toContain(rule.label);
    }
    expect(resolveHeadName('safety')).toBe((HEAD_NAMES as readonly string[]).includes('toxicity') ? 'toxicity' : 'safety');
    expect(resolveHeadName('intent')).toBe('intent');
    expect(() => resolveHeadName('mood')).toThrow(/unknown task "mood"/);
  });
});
