'use client';
/**
 * Checks this site's model registry for a newly deployed version of a shipped head and caches
 * it (validated) in the settings table; the next ML analysis uses it. A plain same-origin GET:
 * nothing about the user is sent. A site without the registry simply has nothing to offer.
 */
import { useQuery } from '@tanstack/react-query';
import { parseHead } from '@/lib/ml/heads/format';
import { readCachedRegistryHeads, registryUpdates, type CachedRegistryHeads, type RegistryListing, type RegistryUpdate } from '@/lib/ml/heads/registry';
import { db } from '@/lib/store/db';
import { REGISTRY_HEADS_KEY } from '@/lib/store/settings';

export interface RegistryHeadsState {
  /** What this browser holds now, after the check. */
  cached: CachedRegistryHeads;
  /** Versions fetched by this check. */
  fetched: RegistryUpdate[];
  /** Why a deployed version could not be used (wrong encoder, labels…), per head. */
  rejected: { update: RegistryUpdate; reason: string }[];
  available: boolean;
}

async function checkRegistry(): Promise<RegistryHeadsState> {
  const cached = readCachedRegistryHeads((await db().settings.get(REGISTRY_HEADS_KEY))?.value);
  const response = await fetch('/api/models/registry', { headers: { accept: 'application/json' } });
  if (!response.ok) return { cached, fetched: [], rejected: [], available: false };
  const updates = registryUpdates((await response.json()) as RegistryListing, cached);
  const fetched: RegistryUpdate[] = [];
  const rejected: RegistryHeadsState['rejected'] = [];
  for (const update of updates) {
    try {
      const weights = await fetch(update.weightsUrl);
      if (!weights.ok) throw new Error(`the registry answered ${weights.status}`);
      const file: unknown = await weights.json();
      parseHead(file);
      cached[update.head] = { version: update.version, fetchedAt: new Date().toISOString(), file };
      fetched.push(update);
    } catch (error) {
      rejected.push({ update, reason: (error as Error).message });
    }
  }
  if (fetched.length > 0) await db().settings.put({ key: REGISTRY_HEADS_KEY, value: cached });
  return { cached, fetched, rejected, available: true };
}

export function useRegistryHeads() {
  return useQuery({ queryKey: ['registry-heads'], queryFn: checkRegistry });
}
