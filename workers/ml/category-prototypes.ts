/**
 * The zero-shot member: each category's name and description embedded by the teacher, the same
 * encoder as the conversation vectors (through the vector cache, so renaming re-embeds one text).
 */
import type { TextEncoderPort } from '@/lib/ml/encoder-port';
import { embedWithCache } from '@/lib/ml/pipeline/embed-cached';
import { textHasher } from '@/lib/ml/pipeline/text-hash';
import type { CustomCategory } from '@/lib/custom/types';
import type { WrappedDb } from '@/lib/store/db';
import { indexedDbVectorCache } from '@/lib/store/vector-cache';

export function categoryText(category: Pick<CustomCategory, 'name' | 'description'>): string {
  return category.description ? `${category.name}: ${category.description}` : category.name;
}

/** `categories × dims`, in category order. */
export async function embedCategories(db: WrappedDb, teacher: TextEncoderPort, categories: readonly CustomCategory[]): Promise<Float32Array> {
  const result = await embedWithCache(categories.map(categoryText), teacher, indexedDbVectorCache(db), await textHasher());
  return result.vectors;
}
