/**
 * Schema migration in a real browser: data stored by the first released schema (v1: listing rows
 * without `models`) is upgraded in place, through every later version, to the one the app
 * declares now, and nothing is lost.
 */
import { expect, test, type Page } from '@playwright/test';
import { openDb } from '../../lib/store/db';
import { statValue, waitForSaved } from './helpers';

// Never opened: only its declared versions are read. Dexie numbers IndexedDB versions ×10.
const schema = openDb('schema-only');
const LATEST_IDB_VERSION = schema.verno * 10;
const LATEST_STORES = schema.tables.map((table) => table.name).sort();
const V1_STORES = ['imports', 'conversations', 'bodies', 'analyses', 'settings'] as const;
/** The user's data; `settings` also holds preferences the app may add to after the upgrade. */
const DATA_STORES = ['imports', 'conversations', 'bodies', 'analyses'];

interface Snapshot {
  version: number;
  stores: string[];
  counts: Record<string, number>;
  /** SHA-256 of the rows of each data store except the listing rows (which the v2 upgrade rewrites). */
  digests: Record<string, string>;
  activeImport: unknown;
  conversationsWithModels: number;
  completeImports: number;
}

function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(async (stores) => {
    let activeImport: unknown = null;
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const db = await request(indexedDB.open('ai-wrapped'));
    const counts: Record<string, number> = {};
    const digests: Record<string, string> = {};
    let conversationsWithModels = 0;
    let completeImports = 0;
    for (const store of stores) {
      const rows = (await request(db.transaction(store).objectStore(store).getAll())) as Record<string, unknown>[];
      counts[store] = rows.length;
      if (store === 'conversations') conversationsWithModels = rows.filter((row) => Array.isArray(row.models) && row.models.length > 0).length;
      if (store === 'imports') completeImports = rows.filter((row) => row.state === 'complete').length;
      if (store === 'settings') activeImport = rows.find((row) => row.key === 'activeImportId')?.value ?? null;
      else if (store !== 'conversations') {
        const bytes = new TextEncoder().encode(JSON.stringify(rows));
        digests[store] = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
      }
    }
    const result = { version: db.version, stores: [...db.objectStoreNames].sort(), counts, digests, activeImport, conversationsWithModels, completeImports };
    db.close();
    return result;
  }, V1_STORES as unknown as string[]);
}

test('a v1 database is migrated to the latest schema with all data kept', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('demo-button').click();
  await page.waitForURL('**/wrapped');
  await waitForSaved(page);
  const userMessages = await statValue(page, 'userMessages');
  // A page that never opens the database: the app would reopen (recreate) it mid-rewrite.
  await page.goto('/share');

  // Rewrite the stored data as the v1 schema wrote it: same stores (IndexedDB version 10, as
  // Dexie numbers v1), listing rows without the `models` field added in v2.
  const counts = await page.evaluate(async (stores) => {
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const current = await request(indexedDB.open('ai-wrapped'));
    const rows: Record<string, Record<string, unknown>[]> = {};
    for (const store of stores) rows[store] = await request(current.transaction(store).objectStore(store).getAll());
    current.close();
    await request(indexedDB.deleteDatabase('ai-wrapped'));

    const open = indexedDB.open('ai-wrapped', 10);
    open.onupgradeneeded = () => {
      const db = open.result;
      db.createObjectStore('imports', { keyPath: 'id' }).createIndex('importedAt', 'importedAt');
      const imports = open.transaction!.objectStore('imports');
      imports.createIndex('state', 'state');
      const conversations = db.createObjectStore('conversations', { keyPath: ['importId', 'id'] });
      conversations.createIndex('importId', 'importId');
      conversations.createIndex('[importId+createdAt]', ['importId', 'createdAt']);
      db.createObjectStore('bodies', { keyPath: ['importId', 'conversationId'] }).createIndex('importId', 'importId');
      db.createObjectStore('analyses', { keyPath: ['importId', 'analysisVersion'] }).createIndex('importId', 'importId');
      db.createObjectStore('settings', { keyPath: 'key' });
    };
    const v1 = await request(open);
    const tx = v1.transaction([...stores], 'readwrite');
    for (const store of stores) {
      for (const row of rows[store]!) {
        if (store === 'conversations') delete row.models;
        tx.objectStore(store).put(row);
      }
    }
    await new Promise((resolve) => (tx.oncomplete = resolve));
    v1.close();
    return { conversations: rows.conversations!.length };
  }, V1_STORES as unknown as string[]);
  expect(counts.conversations).toBeGreaterThan(100);
  const v1 = await snapshot(page);
  expect(v1.version).toBe(10);
  expect(v1.conversationsWithModels).toBe(0);
  expect(v1.activeImport).toEqual(expect.any(String));

  await page.goto('/dashboard');
  await expect(page.getByTestId('conversation-list')).toBeVisible();

  const after = await snapshot(page);
  // Upgraded through every version to the one the app declares now, every store of it present.
  expect(after.version).toBe(LATEST_IDB_VERSION);
  expect(after.stores).toEqual(LATEST_STORES);
  // Every row kept, unchanged except the listing rows the v2 upgrade completes.
  for (const store of DATA_STORES) expect(after.counts[store], store).toBe(v1.counts[store]);
  expect(after.digests).toEqual(v1.digests);
  expect(after.activeImport).toBe(v1.activeImport);
  expect(after.conversationsWithModels).toBe(counts.conversations);
  expect(after.completeImports).toBe(1);

  await page.goto('/wrapped');
  expect(await statValue(page, 'userMessages')).toBe(userMessages);
});
