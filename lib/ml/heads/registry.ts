/**
 * Shipped heads from the server's model registry: a pipeline that retrains, say, `sentiment`
 * and deploys a version makes browsers pick it up. Only deployed versions of the shipped head
 * names count; a version is fetched once and kept until a newer one is deployed.
 */
import { HEAD_NAMES, type HeadName } from './labels';

export interface RegistryVersion {
  version: number;
  deployed: boolean;
  encoderId: string;
  weightsUrl: string;
}

export interface RegistryListing {
  models: { name: string; versions: RegistryVersion[] }[];
}

/** What this browser keeps per head: the version and its head file (validated with parseHead on use). */
export interface CachedRegistryHead {
  version: number;
  fetchedAt: string;
  file: unknown;
}

export type CachedRegistryHeads = Partial<Record<HeadName, CachedRegistryHead>>;

export interface RegistryUpdate {
  head: HeadName;
  version: number;
  weightsUrl: string;
}

/** The deployed shipped-head versions this browser does not have yet (a different version than the cached one). */
export function registryUpdates(listing: RegistryListing, cached: CachedRegistryHeads): RegistryUpdate[] {
  const updates: RegistryUpdate[] = [];
  for (const model of listing.models) {
    if (!HEAD_NAMES.includes(model.name as HeadName)) continue;
    const head = model.name as HeadName;
    const deployed = model.versions.find((version) => version.deployed);
    if (!deployed || cached[head]?.version === deployed.version) continue;
    updates.push({ head, version: deployed.version, weightsUrl: deployed.weightsUrl });
  }
  return updates;
}

/** A stored value read back defensively (the settings row may be missing or from an older build). */
export function readCachedRegistryHeads(value: unknown): CachedRegistryHeads {
  if (typeof value !== 'object' || value === null) return {};
  const out: CachedRegistryHeads = {};
  for (const name of HEAD_NAMES) {
    const entry = (value as Record<string, unknown>)[name] as Partial<CachedRegistryHead> | undefined;
    if (entry && Number.isInteger(entry.version) && typeof entry.fetchedAt === 'string' && entry.file) out[name] = entry as CachedRegistryHead;
  }
  return out;
}
