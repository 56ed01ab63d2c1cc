/**
 * Heads deployed on the server's registry and cached in this browser replace the shipped ones
 * (the user's own adaptation still wins, see run-ml). A cached file that no longer validates is
 * skipped, never fatal.
 */
import { parseHead, type Head } from '@/lib/ml/heads/format';
import type { HeadName } from '@/lib/ml/heads/labels';
import { readCachedRegistryHeads } from '@/lib/ml/heads/registry';
import type { WrappedDb } from '@/lib/store/db';
import { REGISTRY_HEADS_KEY } from '@/lib/store/settings';

export async function registryHeads(db: WrappedDb): Promise<Partial<Record<HeadName, Head>>> {
  const cached = readCachedRegistryHeads((await db.settings.get(REGISTRY_HEADS_KEY))?.value);
  const heads: Partial<Record<HeadName, Head>> = {};
  for (const [name, entry] of Object.entries(cached)) {
    try {
      heads[name as HeadName] = parseHead(entry.file);
    } catch {
      // An incompatible file (another encoder, an older format) leaves the shipped head in place.
    }
  }
  return heads;
}
