/**
 * Reads and writes of the user's categories, labels, trained heads and adapted heads. The /train
 * page writes through here; the ML worker reads the same tables when it trains.
 */
import type { AdaptedHead, ConversationLabel, CustomCategory, CustomHead, LabelTask } from '../custom/types';
import type { WrappedDb } from './db';

export function listCategories(db: WrappedDb): Promise<CustomCategory[]> {
  return db.categories.orderBy('order').toArray();
}

export async function addCategory(db: WrappedDb, name: string, description = ''): Promise<CustomCategory> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A category needs a name.');
  const existing = await listCategories(db);
  if (existing.some((category) => category.name.toLowerCase() === trimmed.toLowerCase())) throw new Error(`There is already a category called “${trimmed}”.`);
  const category: CustomCategory = { id: crypto.randomUUID(), name: trimmed, description: description.trim(), order: (existing.at(-1)?.order ?? -1) + 1 };
  await db.categories.add(category);
  return category;
}

export async function updateCategory(db: WrappedDb, id: string, changes: Pick<CustomCategory, 'name' | 'description'>): Promise<void> {
  const name = changes.name.trim();
  if (!name) throw new Error('A category needs a name.');
  const clash = (await listCategories(db)).find((category) => category.id !== id && category.name.toLowerCase() === name.toLowerCase());
  if (clash) throw new Error(`There is already a category called “${name}”.`);
  await db.categories.update(id, { name, description: changes.description.trim() });
}

/** Deletes a category and every label that named it; trained heads are dropped (their classes changed). */
export function deleteCategory(db: WrappedDb, id: string): Promise<void> {
  return db.transaction('rw', db.categories, db.labels, db.customHeads, async () => {
    await db.categories.delete(id);
    await db.labels.filter((label) => label.task === 'custom' && label.value === id).delete();
    await db.customHeads.clear();
  });
}

export function listLabels(db: WrappedDb, task: LabelTask, importId: string): Promise<ConversationLabel[]> {
  return db.labels.where('[task+importId]').equals([task, importId]).sortBy('labelledAt');
}

export function setLabel(db: WrappedDb, task: LabelTask, importId: string, conversationId: string, value: string): Promise<unknown> {
  return db.labels.put({ task, importId, conversationId, value, labelledAt: Date.now() });
}

export function removeLabel(db: WrappedDb, task: LabelTask, importId: string, conversationId: string): Promise<void> {
  return db.labels.delete([task, importId, conversationId]);
}

export async function readCustomHead(db: WrappedDb, importId: string): Promise<CustomHead | null> {
  return (await db.customHeads.get(importId)) ?? null;
}

export async function readAdaptedHead(db: WrappedDb, head: AdaptedHead['head']): Promise<AdaptedHead | null> {
  return (await db.adaptedHeads.get(head)) ?? null;
}

export function deleteAdaptedHead(db: WrappedDb, head: AdaptedHead['head']): Promise<void> {
  return db.adaptedHeads.delete(head);
}

/** Titles of stored conversations, for listing labelled ones. */
export async function conversationTitles(db: WrappedDb, importId: string, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.conversations.bulkGet(ids.map((id) => [importId, id] as [string, string]));
  return new Map(rows.flatMap((row) => (row ? [[row.id, row.title] as const] : [])));
}
