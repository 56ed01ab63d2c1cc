import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDb, databaseFile, getDb } from './db';

describe('server database', () => {
  let dataDir = '';
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'aiw-db-'));
    vi.stubEnv('AIW_DATA_DIR', path.join(dataDir, 'nested'));
  });
  afterEach(() => {
    closeDb();
    vi.unstubAllEnvs();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates the data dir and the schema in WAL mode, once per file', () => {
    const db = getDb();
    expect(databaseFile()).toBe(path.join(dataDir, 'nested', 'ai-wrapped.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((row) => row.name);
    expect(tables).toEqual(['artifacts', 'cover_jobs', 'model_versions', 'pipeline_runs', 'pipelines', 'share_links', 'train_datasets', 'train_jobs']);
    expect(getDb()).toBe(db);
    closeDb();
    expect(getDb().pragma('user_version', { simple: true })).toBe(2);
  });

  it('refuses a database written by a newer build', () => {
    getDb();
    closeDb();
    const raw = new Database(databaseFile());
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => getDb()).toThrow('The database is schema v99, newer than this build (v2).');
  });
});
