/**
 * The model registry: numbered versions of each named model, each pointing at a head artifact,
 * with its metrics, dataset summary and encoder. At most one version per name is deployed;
 * deploying a new one un-marks the old in the same transaction.
 */
import { getDb } from '../db';

export interface VersionMetrics {
  macroF1: number;
  accuracy: number;
  ece: number;
  logLoss: number;
}

export interface RegistryVersion {
  version: number;
  createdAt: string;
  metrics: VersionMetrics;
  dataset: { examples: number; labels: string[] };
  encoderId: string;
  deployed: boolean;
  weightsUrl: string;
}

export interface RegistryModel {
  name: string;
  versions: RegistryVersion[];
}

interface VersionRow {
  name: string;
  version: number;
  created_at: number;
  metrics: string;
  dataset_examples: number;
  dataset_labels: string;
  encoder_id: string;
  deployed: number;
}

export interface NewVersion {
  name: string;
  artifactId: string;
  runId?: string;
  metrics: VersionMetrics;
  dataset: { examples: number; labels: string[] };
  encoderId: string;
  deploy: boolean;
}

/** Adds the next version of a model; returns its number. Call inside a transaction with related writes. */
export function registerVersion(entry: NewVersion): number {
  const db = getDb();
  const { next } = db.prepare('SELECT COALESCE(MAX(version), 0) + 1 AS next FROM model_versions WHERE name = ?').get(entry.name) as { next: number };
  if (entry.deploy) db.prepare('UPDATE model_versions SET deployed = 0 WHERE name = ? AND deployed = 1').run(entry.name);
  db.prepare(
    `INSERT INTO model_versions (name, version, artifact_id, run_id, metrics, dataset_examples, dataset_labels, encoder_id, deployed, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(entry.name, next, entry.artifactId, entry.runId ?? null, JSON.stringify(entry.metrics), entry.dataset.examples, JSON.stringify(entry.dataset.labels), entry.encoderId, entry.deploy ? 1 : 0, Date.now());
  return next;
}

export const weightsUrl = (name: string, version: number) => `/api/models/registry/${encodeURIComponent(name)}/${version}/weights`;

/** Every model, by name; versions newest first. */
export function listRegistry(): RegistryModel[] {
  const rows = getDb().prepare('SELECT * FROM model_versions ORDER BY name, version DESC').all() as VersionRow[];
  const models = new Map<string, RegistryVersion[]>();
  for (const row of rows) {
    const versions = models.get(row.name) ?? [];
    versions.push({
      version: row.version,
      createdAt: new Date(row.created_at).toISOString(),
      metrics: JSON.parse(row.metrics),
      dataset: { examples: row.dataset_examples, labels: JSON.parse(row.dataset_labels) },
      encoderId: row.encoder_id,
      deployed: row.deployed === 1,
      weightsUrl: weightsUrl(row.name, row.version),
    });
    models.set(row.name, versions);
  }
  return [...models].map(([name, versions]) => ({ name, versions }));
}

/** The head file (JSON text) of one version, or null. */
export function versionHead(name: string, version: number): string | null {
  const row = getDb()
    .prepare('SELECT a.head FROM model_versions v JOIN artifacts a ON a.id = v.artifact_id WHERE v.name = ? AND v.version = ?')
    .get(name, version) as { head: string } | undefined;
  return row?.head ?? null;
}
