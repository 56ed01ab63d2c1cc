/**
 * An export's files in a real browser: a zip with images and voice clips is imported, every file
 * lands in IndexedDB (schema v5) with its bytes, and leaves with its import — when a newer export
 * replaces it, when a save is cut short by a reload, and on "Delete all my data". Plus the v4 → v5
 * migration keeping everything stored before.
 */
import { expect, test, type Page } from '@playwright/test';
import { generateDemoZip } from '../../lib/demo';
import { importDemo, importFile, waitForSaved, writeFixture } from './helpers';

const demoZip = (conversations: number) => writeFixture(`demo-files-${conversations}.zip`, Buffer.concat([...generateDemoZip({ seed: 7, conversations })]));

interface StoredImport {
  id: string;
  state: string;
  assets: number;
  withBytes: number;
  report: { linked: number; missing: { count: number }; extra: { count: number }; input?: string } | null;
  sampleType: string | null;
}

/** Every import with its asset rows, read straight from IndexedDB (as the app's schema stores them). */
function storedImports(page: Page): Promise<StoredImport[]> {
  return page.evaluate(async () => {
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const db = await request(indexedDB.open('ai-wrapped'));
    const imports = (await request(db.transaction('imports').objectStore('imports').getAll())) as { id: string; state: string; assetReport?: StoredImport['report'] }[];
    const assets = (await request(db.transaction('assets').objectStore('assets').getAll())) as { importId: string; blob?: Blob }[];
    db.close();
    return imports.map((row) => {
      const mine = assets.filter((asset) => asset.importId === row.id);
      return { id: row.id, state: row.state, assets: mine.length, withBytes: mine.filter((asset) => asset.blob instanceof Blob && asset.blob.size > 0).length, report: row.assetReport ?? null, sampleType: mine.find((asset) => asset.blob)?.blob?.type ?? null };
    });
  });
}

test('a zip with files: every asset stored with its bytes, and gone with its import', async ({ page }) => {
  await page.goto('/');
  await importFile(page, demoZip(120));
  await page.waitForURL('**/wrapped');
  await waitForSaved(page);
  const [first] = await storedImports(page);
  expect(first).toMatchObject({ state: 'complete', report: { missing: { count: 0 }, extra: { count: 0 }, input: 'zip' } });
  expect(first!.assets).toBeGreaterThan(40);
  expect(first!.withBytes).toBe(first!.assets);
  expect(first!.report!.linked).toBe(first!.assets);
  expect(['image/png', 'audio/wav']).toContain(first!.sampleType);

  // A newer export of the same account (the same conversations and more) replaces the old one, files and all.
  await page.goto('/');
  await importFile(page, demoZip(130));
  await page.waitForURL('**/wrapped');
  await waitForSaved(page);
  const after = await storedImports(page);
  expect(after.map((row) => row.id)).not.toContain(first!.id);
  expect(after).toHaveLength(1);
  expect(after[0]!.assets).toBeGreaterThanOrEqual(first!.assets);

  await page.goto('/dashboard');
  await page.getByTestId('delete-data').click();
  await page.getByTestId('delete-data-confirm').click();
  await expect.poll(async () => (await storedImports(page)).length).toBe(0);
  const leftover = await page.evaluate(async () => {
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const db = await request(indexedDB.open('ai-wrapped'));
    const counts = [await request(db.transaction('assets').objectStore('assets').count()), await request(db.transaction('mediaAnalyses').objectStore('mediaAnalyses').count())];
    db.close();
    return counts;
  });
  expect(leftover).toEqual([0, 0]);
});

test('a save cut short while storing files is rolled back, files included', async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept()); // the "leave the page?" guard during saving
  await page.goto('/');
  await importFile(page, demoZip(1200));
  await page.waitForURL('**/wrapped');
  // The pill names the files while they are saved ("Saving 540 images and 27 voice clips…").
  await expect(page.getByTestId('save-status')).toContainText(/Saving \d+ images/, { timeout: 120_000 });
  await page.reload();
  const cut = await storedImports(page);
  expect(cut).toHaveLength(1);
  expect(cut[0]!.state).toBe('writing');

  // The next import cleans up what the interrupted one left, assets included.
  await importDemo(page);
  const after = await storedImports(page);
  expect(after.map((row) => row.id)).not.toContain(cut[0]!.id);
  // The plain demo is a lone JSON file: its assets are records without bytes, reported as such.
  expect(after).toHaveLength(1);
  expect(after[0]).toMatchObject({ state: 'complete', withBytes: 0, report: { linked: 0, input: 'json' } });
  expect(after[0]!.assets).toBe(after[0]!.report!.missing.count);
});

test('a v4 database is migrated to v5 with all data kept, ready for assets', async ({ page }) => {
  await importDemo(page);
  // A page that starts no worker: the ML worker would reopen (recreate) the database mid-rewrite.
  await page.goto('/models');

  // Rewrite the stored data as schema v4 wrote it: IndexedDB version 40 (Dexie's v4), no asset stores.
  const before = await page.evaluate(async () => {
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const current = await request(indexedDB.open('ai-wrapped'));
    const stores = [...current.objectStoreNames].filter((name) => name !== 'assets' && name !== 'mediaAnalyses');
    const rows: Record<string, unknown[]> = {};
    for (const store of stores) rows[store] = await request(current.transaction(store).objectStore(store).getAll());
    current.close();
    await request(indexedDB.deleteDatabase('ai-wrapped'));

    const open = indexedDB.open('ai-wrapped', 40);
    open.onupgradeneeded = () => {
      const db = open.result;
      const store = (name: string, keyPath: string | string[], indexes: [string, string | string[]][] = []) => {
        const created = db.createObjectStore(name, { keyPath });
        for (const [index, path] of indexes) created.createIndex(index, path);
      };
      store('imports', 'id', [['importedAt', 'importedAt'], ['state', 'state']]);
      store('conversations', ['importId', 'id'], [['importId', 'importId'], ['[importId+createdAt]', ['importId', 'createdAt']]]);
      store('bodies', ['importId', 'conversationId'], [['importId', 'importId']]);
      store('analyses', ['importId', 'analysisVersion'], [['importId', 'importId']]);
      store('settings', 'key');
      store('mlAnalyses', ['importId', 'mlVersion', 'timeZone'], [['importId', 'importId']]);
      store('vectors', ['encoderId', 'textHash']);
      store('categories', 'id', [['order', 'order']]);
      store('labels', ['task', 'importId', 'conversationId'], [['[task+importId]', ['task', 'importId']]]);
      store('customHeads', 'importId');
      store('adaptedHeads', 'head');
    };
    const v4 = await request(open);
    const tx = v4.transaction(stores, 'readwrite');
    for (const store of stores) for (const row of rows[store]!) tx.objectStore(store).put(row);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    v4.close();
    return { conversations: rows.conversations!.length, imports: rows.imports!.length };
  });
  expect(before.conversations).toBeGreaterThan(100);

  await page.goto('/dashboard');
  await expect(page.getByTestId('conversation-list')).toBeVisible();
  const after = await page.evaluate(async () => {
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const db = await request(indexedDB.open('ai-wrapped'));
    const result = {
      version: db.version,
      stores: [...db.objectStoreNames],
      assetIndexes: [...db.transaction('assets').objectStore('assets').indexNames],
      conversations: await request(db.transaction('conversations').objectStore('conversations').count()),
      imports: await request(db.transaction('imports').objectStore('imports').count()),
    };
    db.close();
    return result;
  });
  expect(after.version).toBeGreaterThanOrEqual(50);
  expect(after.stores).toEqual(expect.arrayContaining(['assets', 'mediaAnalyses']));
  expect(after.assetIndexes).toEqual(expect.arrayContaining(['[importId+kind]', '[importId+conversationId]']));
  expect(after.conversations).toBe(before.conversations);
  expect(after.imports).toBe(before.imports);
});
