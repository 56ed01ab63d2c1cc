import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { databaseFile, getDb } from '@/lib/server/db';
import { useIsolatedServer } from './helpers';

/** Schema v1 as shipped (share links and cover jobs), frozen here to test the upgrade path. */
const V1 = `CREATE TABLE share_links (id TEXT PRIMARY KEY, payload TEXT NOT NULL, delete_token_hash TEXT NOT NULL, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL);
  CREATE INDEX share_links_expires_at ON share_links (expires_at);
  CREATE TABLE cover_jobs (key TEXT PRIMARY KEY, status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')), prompt TEXT NOT NULL, backend TEXT NOT NULL, error TEXT, image BLOB, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);`;

describe('training schema migration', () => {
  const server = useIsolatedServer();

  it('upgrades a v1 database in place, keeping its rows, and adds the training tables', () => {
    mkdirSync(server.dataDir(), { recursive: true });
    const raw = new Database(databaseFile());
    raw.exec(V1);
    raw.prepare(`INSERT INTO share_links VALUES ('kept', '{}', 'hash', 1, 2)`).run();
    raw.pragma('user_version = 1');
    raw.close();

    const db = getDb();
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT id FROM share_links').all()).toEqual([{ id: 'kept' }]);
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((row) => row.name);
    expect(tables).toEqual(['artifacts', 'cover_jobs', 'model_versions', 'pipeline_runs', 'pipelines', 'share_links', 'train_datasets', 'train_jobs']);
  });
});
