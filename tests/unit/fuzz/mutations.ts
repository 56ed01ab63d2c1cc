/**
 * Structure-aware mutations of a fixture document: replace any value with a hostile one,
 * delete, add (prototype) keys, rename keys, repeat array items, wrap values in the wrong
 * container, graft a subtree somewhere else. `at` picks a position modulo the document's size.
 */
import fc from 'fast-check';
import { PROTO_KEYS, hostileKey, hostileValue, hugeString, type FuzzSizes } from './arbitraries';
import { allPaths, cloneDoc, deleteAt, describePath, getAt, isObject, setAt, setOwn, toJsonText, type Doc, type PathStep } from './json-doc';

export type DocMutation =
  | { op: 'replace'; at: number; value: Doc }
  | { op: 'delete'; at: number }
  | { op: 'addKey'; at: number; key: string; value: Doc }
  | { op: 'renameKey'; at: number; key: string }
  | { op: 'repeat'; at: number; times: number }
  | { op: 'wrap'; at: number; shape: 'array' | 'object' }
  | { op: 'graft'; at: number; from: number }
  /** The first string at or after `at` becomes a huge one: long text is where regexes go quadratic. */
  | { op: 'inflate'; at: number; text: string };

export function docMutation(sizes: FuzzSizes): fc.Arbitrary<DocMutation> {
  // Unbiased: small numbers would pick the first positions (the root, the first item) most of the time.
  const at = fc.noBias(fc.nat());
  const value = hostileValue(sizes);
  return fc.oneof(
    { arbitrary: fc.record({ op: fc.constant('replace' as const), at, value }), weight: 5 },
    { arbitrary: fc.record({ op: fc.constant('delete' as const), at }), weight: 2 },
    { arbitrary: fc.record({ op: fc.constant('addKey' as const), at, key: hostileKey, value }), weight: 3 },
    { arbitrary: fc.record({ op: fc.constant('renameKey' as const), at, key: fc.oneof(fc.constantFrom(...PROTO_KEYS), hostileKey) }), weight: 2 },
    { arbitrary: fc.record({ op: fc.constant('repeat' as const), at, times: fc.integer({ min: 2, max: 200 }) }), weight: 1 },
    { arbitrary: fc.record({ op: fc.constant('wrap' as const), at, shape: fc.constantFrom('array' as const, 'object' as const) }), weight: 1 },
    { arbitrary: fc.record({ op: fc.constant('graft' as const), at, from: at }), weight: 2 },
    { arbitrary: fc.record({ op: fc.constant('inflate' as const), at, text: hugeString(sizes) }), weight: 2 },
  );
}

/** Applies the mutations to a copy; returns it with a one-line note per mutation for reports. */
export function applyDocMutations(original: Doc, mutations: DocMutation[]): { doc: Doc; notes: string[] } {
  let doc = cloneDoc(original);
  const notes: string[] = [];
  for (const mutation of mutations) {
    const paths = allPaths(doc);
    const path = paths[mutation.at % paths.length]!;
    const where = describePath(path);
    if (mutation.op === 'inflate') {
      const strings = paths.filter((candidate) => typeof getAt(doc, candidate) === 'string');
      const target = strings[mutation.at % Math.max(1, strings.length)];
      if (target) setAt(doc, target, mutation.text);
      notes.push(`inflate ${target ? describePath(target) : '(no string)'} to ${preview(mutation.text)}`);
      continue;
    }
    if (path.length === 0 && mutation.op !== 'addKey' && mutation.op !== 'repeat') {
      // The root itself: replacing it tests the top level (not an array, a bare value…).
      if (mutation.op === 'replace') doc = mutation.value;
      else if (mutation.op === 'wrap') doc = mutation.shape === 'array' ? [doc] : { value: doc };
      notes.push(`${mutation.op} the root`);
      continue;
    }
    switch (mutation.op) {
      case 'replace':
        setAt(doc, path, mutation.value);
        notes.push(`replace ${where} with ${preview(mutation.value)}`);
        break;
      case 'delete':
        deleteAt(doc, path);
        notes.push(`delete ${where}`);
        break;
      case 'addKey': {
        const target = nearest(doc, path, isObject);
        if (target) setOwn(target.node, mutation.key, mutation.value);
        notes.push(`add key ${JSON.stringify(mutation.key)} = ${preview(mutation.value)} at ${describePath(target?.path ?? path)}`);
        break;
      }
      case 'renameKey': {
        const parent = getAt(doc, path.slice(0, -1));
        const last = path.at(-1);
        if (isObject(parent) && typeof last === 'string') {
          const value = parent[last]!;
          delete parent[last];
          setOwn(parent, mutation.key, value);
        }
        notes.push(`rename ${where} to ${JSON.stringify(mutation.key)}`);
        break;
      }
      case 'repeat': {
        const item = nearestArrayItem(path);
        const array = item && getAt(doc, item.slice(0, -1));
        if (item && Array.isArray(array)) {
          const index = item.at(-1) as number;
          array.splice(index, 0, ...Array.from({ length: mutation.times - 1 }, () => cloneDoc(array[index]!)));
        }
        notes.push(`repeat ${describePath(item ?? path)} ×${mutation.times}`);
        break;
      }
      case 'wrap': {
        const value = getAt(doc, path)!;
        setAt(doc, path, mutation.shape === 'array' ? [value] : { value });
        notes.push(`wrap ${where} in an ${mutation.shape}`);
        break;
      }
      case 'graft': {
        const from = paths[mutation.from % paths.length]!;
        // Never graft a node into itself (that would be a cycle, not JSON).
        if (from.length <= path.length && from.every((step, i) => step === path[i])) break;
        setAt(doc, path, cloneDoc(getAt(doc, from)!));
        notes.push(`graft ${describePath(from)} onto ${where}`);
      }
    }
  }
  return { doc, notes };
}

function nearest<T extends Doc>(doc: Doc, path: PathStep[], test: (node: Doc | undefined) => node is T): { node: T; path: PathStep[] } | null {
  for (let length = path.length; length >= 0; length--) {
    const node = getAt(doc, path.slice(0, length));
    if (test(node)) return { node, path: path.slice(0, length) };
  }
  return null;
}

function nearestArrayItem(path: PathStep[]): PathStep[] | null {
  for (let length = path.length; length > 0; length--) if (typeof path[length - 1] === 'number') return path.slice(0, length);
  return null;
}

function preview(value: Doc): string {
  const text = toJsonText(value);
  return text.length > 60 ? `${text.slice(0, 40)}… (${text.length.toLocaleString('en-US')} chars)` : text;
}
