/**
 * What the fuzzer feeds the pipeline, per target: structure-aware mutations of each format's
 * fixture (ChatGPT single-file and sharded, Claude, Gemini; as a lone JSON file or zipped with
 * the rest of the export), prototype keys on every object, byte-level damage of the JSON, and
 * damaged zips (random bytes in the archive, or random bytes as its conversations file).
 */
import { posix } from 'node:path';
import fc from 'fast-check';
import { planArchive } from '../../../lib/formats/detect';
import { chatGptExport, chatGptShardedExport, claudeExport, geminiTakeout, type ExportFixture } from '../../fixtures/exports';
import { makeZip } from '../zip-fixtures';
import { PROTO_KEYS, applyByteEdits, byteEdit, describeByteEdit, hostileValue, type FuzzSizes } from './arbitraries';
import { allPaths, cloneDoc, fromJson, getAt, isObject, setOwn, toJsonText, toJsonTextWithin, type Doc } from './json-doc';
import { applyDocMutations, docMutation } from './mutations';
import type { FuzzInput } from './pipeline';

/** One generated input: a label for reports, and the bytes (zipping is asynchronous). */
export interface FuzzRecipe {
  label: string;
  build(): Promise<FuzzInput>;
}

export interface FuzzTarget {
  name: string;
  about: string;
  recipes(sizes: FuzzSizes): fc.Arbitrary<FuzzRecipe>;
}

const FIXTURES = {
  chatgpt: chatGptExport,
  'chatgpt-sharded': chatGptShardedExport,
  claude: claudeExport,
  gemini: geminiTakeout,
} satisfies Record<string, () => ExportFixture>;

type FixtureName = keyof typeof FIXTURES;
const FIXTURE_NAMES = Object.keys(FIXTURES) as FixtureName[];

interface LoadedFixture {
  /** Every file of the export as the zip holds it. */
  files: Record<string, string>;
  /** The conversation files, parsed into editable documents. */
  conversations: { path: string; doc: Doc }[];
}

const loaded = new Map<FixtureName, LoadedFixture>();

export function loadFixture(name: FixtureName): LoadedFixture {
  let fixture = loaded.get(name);
  if (!fixture) {
    const { files } = FIXTURES[name]();
    const texts = Object.fromEntries(Object.entries(files).map(([path, value]) => [path, path.endsWith('.json') ? JSON.stringify(value) : String(value)]));
    const conversations = planArchive(Object.keys(files)).conversationFiles.map((path) => ({ path, doc: fromJson(files[path]) }));
    fixture = { files: texts, conversations };
    loaded.set(name, fixture);
  }
  return fixture;
}

const encode = (text: string) => new TextEncoder().encode(text);

/** The conversation file alone (named as in the export), or the whole export zipped with it replaced. */
export async function packageFile(fixture: FixtureName, path: string, content: Uint8Array, packaging: 'json' | 'zip'): Promise<FuzzInput> {
  if (packaging === 'json') return { name: posix.basename(path), bytes: content };
  const zip = await makeZip({ ...loadFixture(fixture).files, [path]: content });
  return { name: 'export.zip', bytes: new Uint8Array(await zip.arrayBuffer()) };
}

function formatTarget(name: FixtureName): FuzzTarget {
  return {
    name,
    about: `structure-aware mutations of the ${name} fixture, as JSON or zipped`,
    recipes: (sizes) =>
      fc
        .record({ file: fc.nat(), mutations: fc.array(docMutation(sizes), { minLength: 1, maxLength: 4 }), packaging: fc.constantFrom('json' as const, 'zip' as const) })
        .map(({ file, mutations, packaging }) => {
          const { conversations } = loadFixture(name);
          const { path, doc } = conversations[file % conversations.length]!;
          const mutated = applyDocMutations(doc, mutations);
          const text = toJsonTextWithin(mutated.doc, sizes.maxInputBytes);
          return { text, label: `${path} as ${packaging}: ${mutated.notes.join('; ')}`, build: () => packageFile(name, path, encode(text ?? ''), packaging) };
        })
        .filter(({ text }) => text !== null),
  };
}

/** Every object at every level gets a prototype key; some existing keys become prototype keys. */
const prototypeTarget: FuzzTarget = {
  name: 'prototype-keys',
  about: '__proto__ / constructor / prototype on every object of every fixture, and as renamed keys (node ids, fields)',
  recipes: (sizes) =>
    fc
      .record({
        fixture: fc.constantFrom(...FIXTURE_NAMES),
        file: fc.nat(),
        key: fc.constantFrom(...PROTO_KEYS),
        // Small values: the value is copied onto every object of the file.
        value: hostileValue({ ...sizes, maxStringLength: Math.min(sizes.maxStringLength, 200), maxDepth: Math.min(sizes.maxDepth, 20) }),
        renames: fc.array(fc.nat(), { maxLength: 6 }),
        packaging: fc.constantFrom('json' as const, 'zip' as const),
      })
      .map(({ fixture, file, key, value, renames, packaging }) => {
        const { conversations } = loadFixture(fixture);
        const { path, doc } = conversations[file % conversations.length]!;
        const polluted = withKeyEverywhere(doc, key, value);
        const renamed = renameKeys(polluted, renames);
        return {
          label: `${fixture} ${path} as ${packaging}: "${key}" = ${toJsonText(value).slice(0, 40)} on every object; renamed ${renamed.join(', ') || 'nothing'}`,
          build: () => packageFile(fixture, path, encode(toJsonText(polluted)), packaging),
        };
      }),
};

export function withKeyEverywhere(original: Doc, key: string, value: Doc): Doc {
  const doc = cloneDoc(original);
  for (const path of allPaths(doc)) {
    const node = getAt(doc, path);
    if (isObject(node)) setOwn(node, key, cloneDoc(value));
  }
  return doc;
}

/** Renames the keys at the picked positions to prototype keys (in place); returns what was renamed. */
function renameKeys(doc: Doc, picks: number[]): string[] {
  const done: string[] = [];
  for (const pick of picks) {
    const keyed = allPaths(doc).filter((path) => typeof path.at(-1) === 'string');
    const path = keyed[pick % Math.max(1, keyed.length)];
    const parent = path && getAt(doc, path.slice(0, -1));
    const old = path?.at(-1);
    if (!isObject(parent) || typeof old !== 'string' || (PROTO_KEYS as readonly string[]).includes(old)) continue;
    const value = parent[old]!;
    delete parent[old];
    const key = PROTO_KEYS[pick % PROTO_KEYS.length]!;
    setOwn(parent, key, value);
    done.push(`${old}→${key}`);
  }
  return done;
}

/** Damaged JSON bytes: flips, cuts, invalid UTF-8, repeats; and random bytes behind a plausible start. */
const bytesTarget: FuzzTarget = {
  name: 'json-bytes',
  about: 'byte-level damage of every conversation file (bit flips, truncation, invalid UTF-8, repeats) and random bytes',
  recipes: () =>
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({ fixture: fc.constantFrom(...FIXTURE_NAMES), file: fc.nat(), edits: fc.array(byteEdit, { minLength: 1, maxLength: 6 }) }).map(({ fixture, file, edits }) => {
          const { conversations } = loadFixture(fixture);
          const { path, doc } = conversations[file % conversations.length]!;
          return {
            label: `${fixture} ${path}: ${edits.map(describeByteEdit).join('; ')}`,
            build: async () => ({ name: posix.basename(path), bytes: applyByteEdits(encode(toJsonText(doc)), edits) }),
          };
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({ prefix: fc.constantFrom('', '[', '{', '\uFEFF[', '[{"mapping":', '[{"chat_messages":[', ' \n'), body: fc.uint8Array({ maxLength: 4096 }) }).map(({ prefix, body }) => ({
          label: `${JSON.stringify(prefix)} + ${body.length} random bytes`,
          build: async () => ({ name: 'conversations.json', bytes: new Uint8Array([...encode(prefix), ...body]) }),
        })),
      },
    ),
};

/** Zips with random bytes: the archive itself damaged, or a well-formed zip around random content. */
const zipTarget: FuzzTarget = {
  name: 'zip',
  about: 'zipped fixtures with damaged archive bytes (headers, central directory, deflate stream), stored or deflated, and zips of random entries',
  recipes: () =>
    fc
      .record({
        fixture: fc.constantFrom(...FIXTURE_NAMES),
        level: fc.constantFrom(0, 6),
        randomEntry: fc.option(fc.uint8Array({ maxLength: 4096 }), { freq: 3 }),
        edits: fc.array(byteEdit, { minLength: 0, maxLength: 4 }),
      })
      .map(({ fixture, level, randomEntry, edits }) => {
        const { files, conversations } = loadFixture(fixture);
        const path = conversations[0]!.path;
        return {
          label: `${fixture} zip (level ${level})${randomEntry ? `, ${path} = ${randomEntry.length} random bytes` : ''}: ${edits.map(describeByteEdit).join('; ') || 'no damage'}`,
          build: async () => {
            const zip = await makeZip(randomEntry ? { ...files, [path]: randomEntry } : files, level);
            return { name: 'export.zip', bytes: applyByteEdits(new Uint8Array(await zip.arrayBuffer()), edits) };
          },
        };
      }),
};

export const FUZZ_TARGETS: FuzzTarget[] = [...FIXTURE_NAMES.map(formatTarget), prototypeTarget, bytesTarget, zipTarget];
