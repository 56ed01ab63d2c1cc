/**
 * The server's one SQLite database (short share links, cached cover images, training jobs,
 * pipelines and the model registry):
 * `${AIW_DATA_DIR}/ai-wrapped.sqlite`, WAL mode, schema versioned with `user_version`.
 * The connection is cached on globalThis so dev hot reloads reuse it; a changed data dir
 * (tests) opens the new file. Migrations are append-only: never edit a shipped one.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { serverEnv } from './config';

const MIGRATIONS: string[] = [
  `CREATE TABLE share_links (
     id TEXT PRIMARY KEY,
     payload TEXT NOT NULL,
     delete_token_hash TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     expires_at INTEGER NOT NULL
   );
   CREATE INDEX share_links_expires_at ON share_links (expires_at);
   CREATE TABLE cover_jobs (
     key TEXT PRIMARY KEY,
     status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
     prompt TEXT NOT NULL,
     backend TEXT NOT NULL,
     error TEXT,
     image BLOB,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   );`,
  `CREATE TABLE train_datasets (
     id TEXT PRIMARY KEY,
     examples INTEGER NOT NULL,
     labels TEXT NOT NULL,
     rows TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE train_jobs (
     id TEXT PRIMARY KEY,
     task TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed', 'cancelled')),
     spec TEXT NOT NULL,
     dataset_id TEXT NOT NULL REFERENCES train_datasets (id),
     progress REAL NOT NULL DEFAULT 0,
     attempts INTEGER NOT NULL DEFAULT 0,
     metrics TEXT,
     trials TEXT,
     error TEXT,
     pipeline_run_id TEXT,
     runner TEXT,
     created_at INTEGER NOT NULL,
     started_at INTEGER,
     finished_at INTEGER,
     updated_at INTEGER NOT NULL
   );
   CREATE INDEX train_jobs_status ON train_jobs (status, created_at);
   CREATE TABLE artifacts (
     id TEXT PRIMARY KEY,
     job_id TEXT NOT NULL UNIQUE REFERENCES train_jobs (id),
     head TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE pipelines (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     model TEXT NOT NULL,
     dataset_id TEXT NOT NULL REFERENCES train_datasets (id),
     target_metric TEXT NOT NULL CHECK (target_metric IN ('macroF1', 'accuracy')),
     threshold REAL NOT NULL,
     auto_deploy INTEGER NOT NULL,
     schedule TEXT NOT NULL,
     last_scheduled_at INTEGER,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE TABLE pipeline_runs (
     id TEXT PRIMARY KEY,
     pipeline_id TEXT NOT NULL REFERENCES pipelines (id),
     job_id TEXT NOT NULL REFERENCES train_jobs (id),
     trigger TEXT NOT NULL CHECK (trigger IN ('manual', 'schedule')),
     status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed', 'cancelled')),
     target_metric TEXT NOT NULL,
     threshold REAL NOT NULL,
     value REAL,
     meets_threshold INTEGER,
     version INTEGER,
     deployed INTEGER NOT NULL DEFAULT 0,
     error TEXT,
     created_at INTEGER NOT NULL,
     finished_at INTEGER
   );
   CREATE INDEX pipeline_runs_pipeline ON pipeline_runs (pipeline_id, created_at);
   CREATE TABLE model_versions (
     name TEXT NOT NULL,
     version INTEGER NOT NULL,
     artifact_id TEXT NOT NULL REFERENCES artifacts (id),
     run_id TEXT,
     metrics TEXT NOT NULL,
     dataset_examples INTEGER NOT NULL,
     dataset_labels TEXT NOT NULL,
     encoder_id TEXT NOT NULL,
     deployed INTEGER NOT NULL DEFAULT 0,
     created_at INTEGER NOT NULL,
     PRIMARY KEY (name, version)
   );`,
];

interface OpenDatabase {
  file: string;
  db: Database.Database;
}

const store = globalThis as typeof globalThis & { __aiwDatabase?: OpenDatabase };

export function databaseFile(): string {
  return path.resolve(serverEnv().AIW_DATA_DIR, 'ai-wrapped.sqlite');
}

function migrate(db: Database.Database) {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    throw new Error(`The database is schema v${version}, newer than this build (v${MIGRATIONS.length}).`);
  }
  db.transaction(() => {
    for (let next = version; next < MIGRATIONS.length; next++) db.exec(MIGRATIONS[next]!);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  })();
}

export function getDb(): Database.Database {
  const file = databaseFile();
  if (store.__aiwDatabase?.file === file) return store.__aiwDatabase.db;
  closeDb();
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  store.__aiwDatabase = { file, db };
  return db;
}

/** Closes the cached connection; the next getDb() reopens the file. */
export function closeDb(): void {
  store.__aiwDatabase?.db.close();
  store.__aiwDatabase = undefined;
}
