/**
 * The conversation the user saw: the path from `current_node` back through `parent` pointers.
 * Never read `children[]` (newer shards omit it); every edit or regeneration forks the tree,
 * and counting all nodes would double-count those turns.
 */
import { asNumber, asRecord, asString, ownRecord, type JsonRecord } from './json';

/** Node ids of the displayed branch, root first. */
export function displayedBranch(mapping: JsonRecord, currentNode: unknown): string[] {
  const current = asString(currentNode);
  const leaf = current !== undefined && ownRecord(mapping, current) ? current : latestLeaf(mapping);
  const path: string[] = [];
  // The seen set bounds the walk: a corrupt parent cycle ends it instead of looping forever.
  const seen = new Set<string>();
  let id = leaf;
  while (id !== undefined && !seen.has(id)) {
    const node = ownRecord(mapping, id);
    if (!node) break;
    seen.add(id);
    path.push(id);
    id = asString(node.parent);
  }
  return path.reverse();
}

/**
 * Fallback when `current_node` is missing or dangling: the leaf whose message is newest,
 * ties broken by id so the choice never depends on key order.
 */
function latestLeaf(mapping: JsonRecord): string | undefined {
  const parents = new Set<string>();
  for (const node of Object.values(mapping)) {
    const parent = asString(asRecord(node)?.parent);
    if (parent !== undefined) parents.add(parent);
  }
  let best: { id: string; time: number } | undefined;
  for (const [id, value] of Object.entries(mapping)) {
    const node = asRecord(value);
    if (!node || parents.has(id)) continue;
    const time = asNumber(asRecord(node.message)?.create_time) ?? -Infinity;
    if (!best || time > best.time || (time === best.time && id < best.id)) best = { id, time };
  }
  return best?.id;
}
