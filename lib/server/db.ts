/**
 * The server's one SQLite database (short share links, cached cover images):
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
