/**
 * Hand-picked hostile exports through the whole pipeline, in the sandbox (so a hang fails the
 * test instead of stalling it): prototype keys everywhere and as node ids, nesting a million
 * deep, megabytes of the text the parsers' scanners look for, wrong types at the top level,
 * broken UTF-8, and zips inside zips.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { nestedRaw, PROTO_KEYS } from './arbitraries';
import { fromJson, isObject, Raw, setOwn, toJsonText, type Doc } from './json-doc';
import type { FuzzInput } from './pipeline';
import { rawZip } from './raw-zip';
import { FuzzSandbox, type SandboxOutcome } from './sandbox';
import { CI_CAP_MS } from './settings';
import { loadFixture, packageFile, withKeyEverywhere } from './targets';

const sandbox = new FuzzSandbox({ capMs: CI_CAP_MS });
afterAll(() => sandbox.close());

const encode = (text: string) => new TextEncoder().encode(text);
const jsonFile = (doc: Doc | string, name = 'conversations.json'): FuzzInput => ({ name, bytes: encode(typeof doc === 'string' ? doc : toJsonText(doc)) });

/** The counts of a successful run, or the outcome itself (so a failure shows what happened). */
async function counts(input: FuzzInput): Promise<{ conversations: number; messages: number } | SandboxOutcome> {
  const outcome = await sandbox.run(input);
  return outcome.kind === 'ok' ? { conversations: outcome.conversations, messages: outcome.messages } : outcome;
}

async function expectOkOrImportError(input: FuzzInput): Promise<SandboxOutcome> {
  const outcome = await sandbox.run(input);
  expect(['ok', 'import-error'], 'error' in outcome ? outcome.error : undefined).toContain(outcome.kind);
  return outcome;
}

const FORMATS = ['chatgpt', 'chatgpt-sharded', 'claude', 'gemini'] as const;

/** The first conversation file of a fixture, as an editable document. */
function firstFile(fixture: (typeof FORMATS)[number]) {
  return loadFixture(fixture).conversations[0]!;
}

function editFirst(fixture: (typeof FORMATS)[number], edit: (doc: Doc) => void): FuzzInput {
  const { path, doc } = firstFile(fixture);
  const copy = fromJson(JSON.parse(toJsonText(doc)));
  edit(copy);
  return jsonFile(copy, path.split('/').pop());
}

describe('prototype keys', () => {
  it.each(FORMATS.flatMap((fixture) => PROTO_KEYS.map((key) => [fixture, key] as const)))(
    '%s with "%s" on every object at every level reads exactly like the clean export',
    async (fixture, key) => {
      const { path, doc } = firstFile(fixture);
      const clean = await counts(await packageFile(fixture, path, encode(toJsonText(doc)), 'zip'));
      const polluted = withKeyEverywhere(doc, key, fromJson({ polluted: 'yes', parent: 'root', message: { author: { role: 'user' } } }));
      expect(await counts(await packageFile(fixture, path, encode(toJsonText(polluted)), 'zip'))).toEqual(clean);
    },
  );

  it('ChatGPT node ids named __proto__, constructor and hasOwnProperty still form the conversation', async () => {
    const { doc } = firstFile('chatgpt');
    const clean = await counts(jsonFile(doc));
    const renamed = fromJson(JSON.parse(toJsonText(doc)));
    for (const conversation of renamed as Doc[]) {
      if (!isObject(conversation) || !isObject(conversation.mapping)) continue;
      const ids = Object.keys(conversation.mapping);
      renameNodes(conversation, new Map(ids.slice(0, 3).map((id, i) => [id, ['__proto__', 'constructor', 'hasOwnProperty'][i]!])));
    }
    expect(await counts(jsonFile(renamed))).toEqual(clean);
  });
});

/** Renames mapping keys and every reference to them (node id, parent, children, current_node). */
function renameNodes(conversation: { [key: string]: Doc }, names: Map<string, string>): void {
  const rename = (id: Doc | undefined) => (typeof id === 'string' ? (names.get(id) ?? id) : (id ?? null));
  const mapping = conversation.mapping as { [key: string]: Doc };
  const next: { [key: string]: Doc } = {};
  for (const [id, node] of Object.entries(mapping)) {
    if (isObject(node)) {
      node.id = rename(node.id);
      node.parent = rename(node.parent);
      if (Array.isArray(node.children)) node.children = node.children.map(rename);
    }
    setOwn(next, rename(id) as string, node);
  }
  conversation.mapping = next;
  conversation.current_node = rename(conversation.current_node);
}

describe('deep nesting', () => {
  it.each([100_000, 1_000_000])('a first item nested %i deep is an unknown schema, not a stack overflow', async (depth) => {
    for (const shape of ['array', 'object'] as const) {
      const outcome = await expectOkOrImportError(jsonFile(`[${nestedRaw(shape, depth).text}]`));
      expect(outcome).toMatchObject({ kind: 'import-error', code: 'unknown_schema' });
    }
  });

  it.each([100_000])('%i levels inside a conversation are ignored by every parser', async (depth) => {
    const deep = (shape: 'array' | 'object' | 'mixed') => nestedRaw(shape, depth);
    const inputs = [
      editFirst('chatgpt', (doc) => setAt0(doc, (c) => ((c.mapping as { [k: string]: Doc })['deep'] = deep('object')))),
      editFirst('chatgpt', (doc) => setAt0(doc, (c) => (c.current_node = deep('array')))),
      editFirst('claude', (doc) => setAt0(doc, (c) => ((c.chat_messages as Doc[]).push(fromJson({ sender: 'human', content: [] })), ((c.chat_messages as Doc[]).at(-1) as { [k: string]: Doc }).content = deep('mixed')))),
      editFirst('gemini', (doc) => setAt0(doc, (record) => (record.safeHtmlItem = deep('array')))),
    ];
    for (const input of inputs) expect(await counts(input)).toMatchObject({ conversations: expect.any(Number) });
  });
});

function setAt0(doc: Doc, edit: (first: { [key: string]: Doc }) => void): void {
  const first = (doc as Doc[])[0];
  if (isObject(first)) edit(first);
}

describe('huge strings', () => {
  const MB = 1024 * 1024;
  const SIZE = 256 * 1024;
  // Each of these made a parser's regex restart from every character before the fix: minutes of
  // work at this size (the sandbox's cap fails the test), milliseconds now.
  const patterns: [string, string][] = [
    ['unclosed tags', '<'.repeat(SIZE)],
    ['unclosed block tags', '<p'.repeat(SIZE / 2)],
    ['unclosed list items', '<li '.repeat(SIZE / 4)],
    ['spaces before an unclosed marker', `${' '.repeat(SIZE / 2)}\uE200${'x'.repeat(SIZE / 2)}`],
    ['openers without a close', '\uE200'.repeat(SIZE) + '\uE201'],
    ['entities without a semicolon', '&#x'.repeat(SIZE / 3)],
  ];

  it.each(patterns)('%s (256 KB) in every text field of every format stay fast', async (_name, text) => {
    const inputs = [
      editFirst('chatgpt', (doc) => setAt0(doc, (c) => (c.title = text))),
      editFirst('chatgpt-sharded', (doc) => setAt0(doc, (c) => {
        for (const node of Object.values(c.mapping as { [k: string]: Doc })) {
          const content = isObject(node) && isObject(node.message) ? node.message.content : null;
          if (isObject(content) && Array.isArray(content.parts)) content.parts = [text];
        }
      })),
      editFirst('claude', (doc) => setAt0(doc, (c) => {
        for (const message of c.chat_messages as Doc[]) if (isObject(message)) message.content = fromJson([{ type: 'text', text }]);
      })),
      editFirst('gemini', (doc) => setAt0(doc, (record) => ((record.title = `Prompted ${text}`), (record.safeHtmlItem = fromJson([{ html: text }]))))),
    ];
    for (const input of inputs) expect(await counts(input)).toMatchObject({ conversations: expect.any(Number) });
  });

  it('an 8 MB message is read like any other', async () => {
    const input = editFirst('claude', (doc) => setAt0(doc, (c) => ((c.chat_messages as Doc[])[0] = fromJson({ sender: 'human', uuid: 'big', text: 'word '.repeat((8 * MB) / 5) }))));
    // It replaces the first message, a user message too: the same counts as the clean export.
    expect(await counts(input)).toEqual(await counts(jsonFile(firstFile('claude').doc)));
  });
});

describe('wrong types and broken bytes', () => {
  it.each([
    ['{}', 'unknown_schema'],
    ['{"conversations": []}', 'unknown_schema'],
    ['"a string"', 'not_an_export'],
    ['42', 'not_an_export'],
    ['null', 'not_an_export'],
    ['true', 'not_an_export'],
    ['[null]', 'unknown_schema'],
    ['[[]]', 'unknown_schema'],
    ['[1, 2, 3]', 'unknown_schema'],
    ['["a", "b"]', 'unknown_schema'],
    ['[{}]', 'unknown_schema'],
    ['[{"mapping": []}]', 'unknown_schema'],
    ['[{"mapping": {}, "id": 1}]', 'no_conversations'],
    ['[{"chat_messages": {}}]', 'unknown_schema'],
    ['[{"header": "Gemini Apps", "title": 1, "time": "x"}]', 'unknown_schema'],
    ['[1e400, -0, 1e-400]', 'unknown_schema'],
  ])('%s → %s', async (text, code) => {
    expect(await sandbox.run(jsonFile(text))).toMatchObject({ kind: 'import-error', code });
  });

  it('invalid UTF-8 and lone surrogates inside strings are read, not fatal', async () => {
    const { doc } = firstFile('claude');
    const text = toJsonText(doc).replace('Can you refactor this?', 'Can you \\ud800 refactor\\udc00 this?');
    const at = text.indexOf('refactor');
    const bytes = encode(text);
    const broken = new Uint8Array([...bytes.subarray(0, at), 0xc0, 0x80, 0xff, 0xed, 0xa0, 0x80, ...bytes.subarray(at)]);
    expect(await counts({ name: 'conversations.json', bytes: broken })).toEqual(await counts(jsonFile(doc)));
  });
});

describe('zips inside zips', () => {
  it('a zipped export zip names the file it found instead of guessing', async () => {
    const inner = (await packageFile('chatgpt', 'conversations.json', encode(toJsonText(firstFile('chatgpt').doc)), 'zip')).bytes;
    const outcome = await sandbox.run({ name: 'outer.zip', bytes: rawZip([{ name: 'export.zip', data: inner }]) });
    expect(outcome).toMatchObject({ kind: 'import-error', code: 'no_conversations' });
  });

  it('a conversations.json that is really a zip is invalid JSON', async () => {
    const inner = (await packageFile('chatgpt', 'conversations.json', encode('[]'), 'zip')).bytes;
    const outcome = await sandbox.run({ name: 'outer.zip', bytes: rawZip([{ name: 'conversations.json', data: inner }]) });
    expect(outcome).toMatchObject({ kind: 'import-error', code: 'invalid_json' });
  });
});

describe("the fuzzer's serializer", () => {
  it('writes Raw fragments verbatim and prototype keys as own keys', () => {
    // If Raw were quoted, the deep-nesting and odd-number inputs above would test nothing.
    expect(toJsonText([new Raw('1e400'), nestedRaw('array', 2)])).toBe('[1e400,[[]]]');
    expect(toJsonText(withKeyEverywhere(fromJson([{ a: {} }]), '__proto__', 1))).toBe('[{"a":{"__proto__":1},"__proto__":1}]');
  });
});
