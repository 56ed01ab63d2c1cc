/**
 * Training datasets in SQLite, stored once and referenced by jobs and pipelines (a scheduled
 * pipeline retrains on the same rows). Vectors are kept as base64 float32, a third of their JSON size.
 */
import { randomUUID } from 'node:crypto';
import { HEAD_LABELS, HEAD_NAMES, type HeadName } from '../../ml/heads/labels';
import { getDb } from '../db';
import type { Example } from './schema';

type StoredRow = { label: string; text: string } | { label: string; vector: string };

export interface DatasetSummary {
  id: string;
  examples: number;
  /** Distinct labels, sorted. */
  labels: string[];
}

/** Rows as the worker takes them: text to embed, or a ready vector. */
export type DatasetRow = { label: string; text: string } | { label: string; vector: Float32Array };

const encodeVector = (vector: readonly number[]) => Buffer.from(Float32Array.from(vector).buffer).toString('base64');

function decodeVector(base64: string): Float32Array {
  const bytes = Buffer.from(base64, 'base64');
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

export function saveDataset(examples: readonly Example[]): DatasetSummary {
  const rows: StoredRow[] = examples.map((example) =>
    'text' in example ? { label: example.label, text: example.text } : { label: example.label, vector: encodeVector(example.vector) },
  );
  const summary = { id: randomUUID(), examples: rows.length, labels: [...new Set(rows.map((row) => row.label))].sort() };
  getDb()
    .prepare('INSERT INTO train_datasets (id, examples, labels, rows, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(summary.id, summary.examples, JSON.stringify(summary.labels), JSON.stringify(rows), Date.now());
  return summary;
}

export function datasetSummary(id: string): DatasetSummary | null {
  const row = getDb().prepare('SELECT examples, labels FROM train_datasets WHERE id = ?').get(id) as { examples: number; labels: string } | undefined;
  return row ? { id, examples: row.examples, labels: JSON.parse(row.labels) } : null;
}

export function loadDatasetRows(id: string): DatasetRow[] {
  const row = getDb().prepare('SELECT rows FROM train_datasets WHERE id = ?').get(id) as { rows: string } | undefined;
  if (!row) throw new Error(`Dataset ${id} is missing.`);
  return (JSON.parse(row.rows) as StoredRow[]).map((stored) => ('text' in stored ? stored : { label: stored.label, vector: decodeVector(stored.vector) }));
}

/**
 * The class order of a trained head: the caller's, else a shipped head's when the name is one
 * (so a retrained `sentiment` loads in the browser like the bundled one), else sorted.
 */
export function classOrder(present: readonly string[], name: string, requested?: readonly string[]): string[] {
  if (requested) {
    const missing = present.filter((label) => !requested.includes(label));
    if (missing.length) throw new Error(`The examples use labels missing from "labels": ${missing.join(', ')}.`);
    return [...requested];
  }
  if (HEAD_NAMES.includes(name as HeadName)) {
    const shipped: readonly string[] = HEAD_LABELS[name as HeadName];
    if (present.every((label) => shipped.includes(label))) return [...shipped];
  }
  return [...present].sort();
}
