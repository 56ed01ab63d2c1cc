/**
 * Schema migration in a real browser: data stored by schema v1 (listing rows without `models`)
 * is upgraded in place when the app opens it, and nothing is lost.
 */
import { expect, test } from '@playwright/test';
import { waitForSaved } from './helpers';

test('a v1 database is migrated to the current schema with all data kept', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('demo-button').click();
  await page.waitForURL('**/wrapped');
  await waitForSaved(page);
  // A page that starts no worker: the ML worker would reopen (recreate) the database mid-rewrite.
  await page.goto('/models');

  // Rewrite the stored data as the v1 schema wrote it: same stores (IndexedDB version 10, as
  // Dexie numbers v1), listing rows without the `models` field added in v2.
  const counts = await page.evaluate(async () => {
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const stores = ['imports', 'conversations', 'bodies', 'analyses', 'settings'] as const;
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
  });
  expect(counts.conversations).toBeGreaterThan(100);

  await page.goto('/dashboard');
  await expect(page.getByTestId('conversation-list')).toBeVisible();

  const after = await page.evaluate(async () => {
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const db = await request(indexedDB.open('ai-wrapped'));
    const conversations = (await request(db.transaction('conversations').objectStore('conversations').getAll())) as { models?: string[] }[];
    const imports = (await request(db.transaction('imports').objectStore('imports').getAll())) as { state: string }[];
    db.close();
    return {
      version: db.version,
      conversations: conversations.length,
      withModels: conversations.filter((row) => Array.isArray(row.models) && row.models.length > 0).length,
      complete: imports.filter((row) => row.state === 'complete').length,
    };
  });
  expect(after.version).toBeGreaterThan(10);
  expect(after.conversations).toBe(counts.conversations);
  expect(after.withModels).toBe(counts.conversations);
  expect(after.complete).toBe(1);
});
