import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEMO_DEFAULT, conversationsForBytes, describeDemoExport, generateDemoExport, type DemoOptions } from './index';

/** Just enough of the ChatGPT shape to walk it; deliberately not the generator's own types. */
interface RawMessage {
  author: { role: string; name: string | null };
  create_time: number | null;
  content: { content_type: string; parts?: unknown[]; text?: string };
  weight: number;
  metadata: Record<string, unknown>;
  recipient: string;
}
interface RawNode {
  id: string;
  parent: string | null;
  children: string[];
  message: RawMessage | null;
}
interface RawConversation {
  id: string;
  conversation_id: string;
  title: string;
  create_time: number;
  update_time: number;
  current_node: string;
  default_model_slug: string;
  mapping: Record<string, RawNode>;
}

const SMALL: DemoOptions = { seed: 11, conversations: 150 };
const YEAR_START = Date.UTC(2026, 0, 1);
const YEAR_END = Date.UTC(2027, 0, 1);
const TWELVE_HOURS = 12 * 3_600_000;

const cache = new Map<string, RawConversation[]>();
function parsed(options: DemoOptions): RawConversation[] {
  const key = JSON.stringify(options);
  let conversations = cache.get(key);
  if (!conversations) {
    conversations = JSON.parse([...generateDemoExport(options)].join('')) as RawConversation[];
    cache.set(key, conversations);
  }
  return conversations;
}

function digest(options: DemoOptions): string {
  const hash = createHash('sha256');
  for (const chunk of generateDemoExport(options)) hash.update(chunk);
  return hash.digest('hex');
}

/** current_node → root, returned root-first. */
function displayedPath(conversation: RawConversation): RawNode[] {
  const path: RawNode[] = [];
  const seen = new Set<string>();
  for (let id: string | null = conversation.current_node; id !== null; ) {
    if (seen.has(id)) throw new Error(`cycle at ${id}`);
    seen.add(id);
    const node: RawNode | undefined = conversation.mapping[id];
    if (!node) throw new Error(`missing node ${id}`);
    path.push(node);
    id = node.parent;
  }
  return path.reverse();
}

const isHidden = (message: RawMessage) =>
  message.weight === 0 ||
  message.metadata.is_visually_hidden_from_conversation === true ||
  message.content.content_type === 'user_editable_context';

/** Recount from the JSON alone, the way the brief defines the numbers. */
function recount(conversations: RawConversation[]) {
  let userMessages = 0;
  let assistantMessages = 0;
  let firstMs = Infinity;
  let lastMs = -Infinity;
  for (const conversation of conversations) {
    for (const { message } of displayedPath(conversation)) {
      if (!message) continue;
      if (message.create_time !== null) {
        firstMs = Math.min(firstMs, Math.floor(message.create_time * 1000));
        lastMs = Math.max(lastMs, Math.floor(message.create_time * 1000));
      }
      if (isHidden(message) || message.author.role === 'system') continue;
      if (message.author.role === 'user') userMessages++;
      if (message.author.role === 'assistant') assistantMessages++;
    }
  }
  return {
    conversations: conversations.length,
    userMessages,
    assistantMessages,
    firstAt: new Date(firstMs).toISOString(),
    lastAt: new Date(lastMs).toISOString(),
  };
}

describe('generateDemoExport', () => {
  it('is deterministic: same options give the same bytes, another seed other bytes', () => {
    expect(digest(SMALL)).toBe(digest(SMALL));
    expect(digest({ ...SMALL, seed: 12 })).not.toBe(digest(SMALL));
  });

  it('streams the array brackets, commas and whole conversation objects as separate chunks', () => {
    const chunks = [...generateDemoExport({ seed: 3, conversations: 4 })];
    expect(chunks[0]).toBe('[');
    expect(chunks.at(-1)).toBe(']');
    expect(chunks.filter((chunk) => chunk === ',')).toHaveLength(3);
    for (const chunk of chunks.slice(1, -1).filter((chunk) => chunk !== ',')) expect(() => JSON.parse(chunk)).not.toThrow();
  });

  it('returns the same expectations as describeDemoExport when fully consumed', () => {
    const generator = generateDemoExport(SMALL);
    let step = generator.next();
    while (!step.done) step = generator.next();
    expect(step.value).toEqual(describeDemoExport(SMALL));
  });

  it('rejects nonsense options', () => {
    expect(() => describeDemoExport({ seed: 1, conversations: 0 })).toThrow(RangeError);
    expect(() => describeDemoExport({ seed: 1.5, conversations: 3 })).toThrow(RangeError);
  });
});

describe('the export has the ChatGPT shape', () => {
  const conversations = parsed(SMALL);

  it('is an array of conversations with ids, titles, times and a model', () => {
    expect(conversations).toHaveLength(SMALL.conversations);
    for (const conversation of conversations) {
      expect(conversation.id).toBe(conversation.conversation_id);
      expect(conversation.title.length).toBeGreaterThan(0);
      expect(typeof conversation.default_model_slug).toBe('string');
      expect(conversation.update_time).toBeGreaterThanOrEqual(conversation.create_time);
    }
    expect(new Set(conversations.map((conversation) => conversation.id)).size).toBe(conversations.length);
  });

  it('has a consistent tree: root, parent/children links, current_node reaching the root', () => {
    for (const conversation of conversations) {
      const root = conversation.mapping['client-created-root'];
      expect(root?.message).toBeNull();
      expect(root?.parent).toBeNull();
      for (const node of Object.values(conversation.mapping)) {
        for (const child of node.children) expect(conversation.mapping[child]?.parent).toBe(node.id);
        if (node.parent !== null) expect(conversation.mapping[node.parent]?.children).toContain(node.id);
      }
      const path = displayedPath(conversation);
      expect(path[0]?.id).toBe('client-created-root');
      expect(path.at(-1)?.children).toEqual([]);
      const leading = path[1]?.message;
      expect(leading?.author.role).toBe('system');
      expect(leading?.metadata.is_visually_hidden_from_conversation).toBe(true);
    }
  });

  it('keeps every time inside 2026 UTC, at least 12 hours from either end', () => {
    for (const conversation of conversations) {
      const times = Object.values(conversation.mapping).flatMap(({ message }) =>
        message?.create_time != null ? [message.create_time * 1000] : [],
      );
      expect(Math.min(...times)).toBeGreaterThan(YEAR_START + TWELVE_HOURS);
      expect(Math.max(...times)).toBeLessThan(YEAR_END - TWELVE_HOURS);
      expect(conversation.create_time * 1000).toBe(Math.min(...times));
      expect(conversation.update_time * 1000).toBe(Math.max(...times));
    }
  });

  it('writes times that truncate and round to the same millisecond', () => {
    for (const conversation of conversations) {
      for (const { message } of Object.values(conversation.mapping)) {
        if (message?.create_time == null) continue;
        expect(Math.round(message.create_time * 1000)).toBe(Math.floor(message.create_time * 1000));
      }
    }
  });
});

describe('expectations', () => {
  it('match an independent recount of the displayed branches', () => {
    expect(recount(parsed(SMALL))).toEqual(describeDemoExport(SMALL));
    expect(recount(parsed(DEMO_DEFAULT))).toEqual(describeDemoExport(DEMO_DEFAULT));
  });

  it('give the demo button a few thousand user messages', () => {
    const expected = describeDemoExport(DEMO_DEFAULT);
    expect(expected.userMessages).toBeGreaterThan(3000);
    expect(expected.userMessages).toBeLessThan(4000);
    expect(expected.firstAt < '2026-02-01').toBe(true);
    expect(expected.lastAt > '2026-11-01').toBe(true);
  });
});

describe('branches', () => {
  const conversations = parsed(DEMO_DEFAULT);

  it('some conversations have edits or regenerations, with off-branch user turns', () => {
    let branched = 0;
    let offBranchUsers = 0;
    let offBranchAssistants = 0;
    for (const conversation of conversations) {
      const displayed = new Set(displayedPath(conversation).map((node) => node.id));
      const nodes = Object.values(conversation.mapping);
      if (nodes.some((node) => node.children.length >= 2)) branched++;
      for (const node of nodes) {
        if (displayed.has(node.id) || !node.message) continue;
        if (node.message.author.role === 'user') offBranchUsers++;
        if (node.message.author.role === 'assistant') offBranchAssistants++;
      }
    }
    expect(branched).toBeGreaterThan(conversations.length * 0.05);
    expect(offBranchUsers).toBeGreaterThan(10);
    expect(offBranchAssistants).toBeGreaterThan(offBranchUsers);
  });

  it('sometimes keeps the older sibling displayed, so current_node is not always the newest leaf', () => {
    const olderKept = conversations.filter((conversation) => {
      const path = displayedPath(conversation);
      return path.some((node, i) => {
        const parent = path[i - 1];
        return parent !== undefined && parent.children.length >= 2 && parent.children.at(-1) !== node.id;
      });
    });
    expect(olderKept.length).toBeGreaterThan(0);
  });
});

describe('realism', () => {
  const conversations = parsed(DEMO_DEFAULT);
  const messages = conversations.flatMap((conversation) =>
    Object.values(conversation.mapping).flatMap(({ message }) => (message ? [message] : [])),
  );
  const texts = messages.flatMap((message) =>
    (message.content.parts ?? []).filter((part): part is string => typeof part === 'string'),
  );
  const parts = messages.flatMap((message) => message.content.parts ?? []);
  const partType = (part: unknown) => (typeof part === 'object' && part !== null && 'content_type' in part ? part.content_type : null);
  const pointers = parts.flatMap((part) =>
    typeof part === 'object' && part !== null && 'asset_pointer' in part ? [String(part.asset_pointer)] : [],
  );

  it('covers the content kinds real exports carry', () => {
    const contentTypes = new Set(messages.map((message) => message.content.content_type));
    for (const type of ['text', 'multimodal_text', 'code', 'execution_output', 'tether_browsing_display', 'user_editable_context']) {
      expect(contentTypes).toContain(type);
    }
    const toolNames = new Set(messages.filter((message) => message.author.role === 'tool').map((message) => message.author.name));
    expect([...toolNames].sort()).toEqual(['dalle.text2im', 'python', 'web.run']);
    expect(parts.some((part) => partType(part) === 'audio_transcription')).toBe(true);
    expect(parts.some((part) => partType(part) === 'real_time_user_audio_video_asset_pointer')).toBe(true);
    expect(pointers.some((pointer) => pointer.startsWith('file-service://file-'))).toBe(true);
    expect(pointers.some((pointer) => pointer.startsWith('sediment://file_'))).toBe(true);
    expect(texts.some((text) => text.includes('```'))).toBe(true);
    expect(texts.some((text) => /\ue200cite(\ue202turn\d+search\d+)+\ue201/.test(text))).toBe(true);
  });

  it('uses several models that change through the year, and omits model_slug on some messages', () => {
    const assistants = messages.filter((message) => message.author.role === 'assistant');
    const slugs = new Set(assistants.map((message) => message.metadata.model_slug));
    for (const slug of ['gpt-4o', 'gpt-4.1', 'o3', 'gpt-5']) expect(slugs).toContain(slug);
    expect(slugs).toContain(undefined);
    const firstMonth = (slug: string) =>
      Math.min(...assistants.filter((m) => m.metadata.model_slug === slug).map((m) => m.create_time ?? Infinity));
    expect(firstMonth('gpt-5')).toBeGreaterThan(firstMonth('gpt-4o'));
  });

  it('puts an evening peak in the persona hours and still some night activity', () => {
    const hours = new Array<number>(24).fill(0);
    for (const message of messages) {
      if (message.author.role !== 'user' || message.create_time === null) continue;
      const hour = new Date(message.create_time * 1000 + 3_600_000).getUTCHours();
      hours[hour] = (hours[hour] ?? 0) + 1;
    }
    const total = hours.reduce((sum, count) => sum + count, 0);
    const evening = (hours[20] ?? 0) + (hours[21] ?? 0) + (hours[22] ?? 0);
    const earlyMorning = (hours[3] ?? 0) + (hours[4] ?? 0) + (hours[5] ?? 0);
    expect(evening).toBeGreaterThan(earlyMorning * 3);
    expect((hours[0] ?? 0) + (hours[1] ?? 0)).toBeGreaterThan(total * 0.02);
  });
});

describe('conversationsForBytes', () => {
  it('sizes a 10 MB export within ±25%', () => {
    const target = 10 * 1024 * 1024;
    let bytes = 0;
    for (const chunk of generateDemoExport({ seed: 5, conversations: conversationsForBytes(target) })) bytes += Buffer.byteLength(chunk);
    expect(bytes).toBeGreaterThan(target * 0.75);
    expect(bytes).toBeLessThan(target * 1.25);
  });
});
