/**
 * JSON documents as the fuzzer edits them: plain values plus `Raw` fragments written verbatim
 * (numbers JSON.stringify can't produce such as `1e400` or `-0`, lone surrogates, nesting
 * 100,000 deep), with `__proto__` and friends as real own keys, the way JSON.parse creates them.
 */

/** JSON text inserted as is. */
export class Raw {
  constructor(readonly text: string) {}
}

export type Doc = null | boolean | number | string | Raw | Doc[] | { [key: string]: Doc };
export type PathStep = string | number;

export function isObject(value: Doc | undefined): value is { [key: string]: Doc } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Raw);
}

/** Sets an own, enumerable property even for `__proto__` (plain assignment would change the prototype). */
export function setOwn(target: { [key: string]: Doc }, key: string, value: Doc): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function fromJson(value: unknown): Doc {
  // A JSON round trip: own `__proto__` keys survive JSON.parse, and every value becomes a Doc.
  return JSON.parse(JSON.stringify(value)) as Doc;
}

export function cloneDoc(doc: Doc): Doc {
  if (Array.isArray(doc)) return doc.map(cloneDoc);
  if (!isObject(doc)) return doc;
  const out: { [key: string]: Doc } = {};
  for (const key of Object.keys(doc)) setOwn(out, key, cloneDoc(doc[key]!));
  return out;
}

export function toJsonText(doc: Doc): string {
  return toJsonTextWithin(doc, Infinity)!;
}

/** The JSON text, or null once it would pass `maxLength` (mutations can multiply a document past what a string holds). */
export function toJsonTextWithin(doc: Doc, maxLength: number): string | null {
  const parts: string[] = [];
  let length = 0;
  const write = (text: string) => {
    parts.push(text);
    length += text.length;
    if (length > maxLength) throw TOO_LONG;
  };
  const visit = (node: Doc): void => {
    if (node instanceof Raw) return write(node.text);
    if (Array.isArray(node)) {
      write('[');
      node.forEach((child, index) => {
        if (index > 0) write(',');
        visit(child);
      });
      return write(']');
    }
    if (isObject(node)) {
      write('{');
      Object.keys(node).forEach((key, index) => {
        write(`${index > 0 ? ',' : ''}${JSON.stringify(key)}:`);
        visit(node[key]!);
      });
      return write('}');
    }
    write(JSON.stringify(node));
  };
  try {
    visit(doc);
  } catch (error) {
    if (error === TOO_LONG) return null;
    throw error;
  }
  return parts.join('');
}

const TOO_LONG = new Error('longer than allowed');

/** Every position in the document, parents before children; the root is `[]`. */
export function allPaths(doc: Doc, prefix: PathStep[] = [], out: PathStep[][] = []): PathStep[][] {
  out.push(prefix);
  if (Array.isArray(doc)) doc.forEach((child, index) => allPaths(child, [...prefix, index], out));
  else if (isObject(doc)) for (const key of Object.keys(doc)) allPaths(doc[key]!, [...prefix, key], out);
  return out;
}

export function getAt(doc: Doc, path: PathStep[]): Doc | undefined {
  let node: Doc | undefined = doc;
  for (const step of path) {
    if (Array.isArray(node) && typeof step === 'number') node = node[step];
    else if (isObject(node) && typeof step === 'string' && Object.hasOwn(node, step)) node = node[step];
    else return undefined;
  }
  return node;
}

/** Replaces the value at `path` (not the root); returns false when the path no longer exists. */
export function setAt(doc: Doc, path: PathStep[], value: Doc): boolean {
  const parent = getAt(doc, path.slice(0, -1));
  const last = path.at(-1);
  if (Array.isArray(parent) && typeof last === 'number') parent[last] = value;
  else if (isObject(parent) && typeof last === 'string') setOwn(parent, last, value);
  else return false;
  return true;
}

export function deleteAt(doc: Doc, path: PathStep[]): void {
  const parent = getAt(doc, path.slice(0, -1));
  const last = path.at(-1);
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else if (isObject(parent) && typeof last === 'string') delete parent[last];
}

/** Short, readable path for reports: `[3].mapping.a1.message.content`. */
export function describePath(path: PathStep[]): string {
  return path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step.length > 24 ? `${step.slice(0, 24)}…` : step}`)).join('') || '(root)';
}
