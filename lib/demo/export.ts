/**
 * The demo export: a seeded, streamed ChatGPT `conversations.json`, and the numbers an analysis of
 * it must report. Pure TypeScript, so it runs in a browser worker, in Node and in tests alike.
 */
import { ActivityCalendar } from './calendar';
import { attachDemoAssets, demoAssetContext, type DemoAssetFile } from './assets/attach';
import { buildConversation, type BuiltConversation } from './conversation-builder';

export interface DemoOptions {
  seed: number;
  conversations: number;
  /**
   * The JSON as it sits in the demo zip with files (`generateDemoZip`): uploads, generated
   * pictures and voice clips described as the files are. Off: the plain export, byte for byte.
   */
  assets?: boolean;
}

/** The "Try with demo data" export. */
export const DEMO_DEFAULT: DemoOptions = { seed: 2026, conversations: 600 };

export interface DemoExpectations {
  conversations: number;
  userMessages: number;
  assistantMessages: number;
  /** ISO 8601 (UTC) of the earliest and latest displayed message. */
  firstAt: string;
  lastAt: string;
}

/** Mean serialized size of one conversation, measured over 8 seeds × 4,000 conversations. */
const AVERAGE_CONVERSATION_BYTES = 16_900;

function* conversations(options: DemoOptions): Generator<BuiltConversation> {
  const { seed, conversations: count } = options;
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`conversations must be a positive integer, got ${count}`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const calendar = new ActivityCalendar(seed);
  for (let index = 0; index < count; index++) yield buildConversation(seed, index, count, calendar);
}

class ExpectationTotals {
  private readonly totals = { conversations: 0, userMessages: 0, assistantMessages: 0, firstMs: Infinity, lastMs: -Infinity };

  add({ tally }: BuiltConversation): void {
    this.totals.conversations++;
    this.totals.userMessages += tally.userMessages;
    this.totals.assistantMessages += tally.assistantMessages;
    this.totals.firstMs = Math.min(this.totals.firstMs, tally.firstMs);
    this.totals.lastMs = Math.max(this.totals.lastMs, tally.lastMs);
  }

  result(): DemoExpectations {
    const { firstMs, lastMs, ...counts } = this.totals;
    return { ...counts, firstAt: new Date(firstMs).toISOString(), lastAt: new Date(lastMs).toISOString() };
  }
}

export interface DemoItem {
  /** One conversation object, serialized. */
  json: string;
  /** Its files (with `options.assets` only). */
  files: DemoAssetFile[];
}

/** The export's conversations in order, each with its files; returns the expectations and the `.dat` names. */
export function* demoItems(options: DemoOptions): Generator<DemoItem, { expectations: DemoExpectations; names: Record<string, string> }, undefined> {
  const totals = new ExpectationTotals();
  const assets = options.assets ? demoAssetContext(options.seed) : null;
  let index = 0;
  for (const built of conversations(options)) {
    const files = assets ? attachDemoAssets(built.conversation, options.seed, index, assets) : [];
    yield { json: JSON.stringify(built.conversation), files };
    totals.add(built);
    index++;
  }
  return { expectations: totals.result(), names: assets?.names ?? {} };
}

/**
 * Yields the JSON text of the export in chunks: `[`, then each conversation object, with `,`
 * chunks between them, then `]`. Returns the expectations when done, so one pass can do both.
 */
export function* generateDemoExport(options: DemoOptions): Generator<string, DemoExpectations, undefined> {
  yield '[';
  const items = demoItems(options);
  let step = items.next();
  for (let first = true; !step.done; step = items.next(), first = false) {
    if (!first) yield ',';
    yield step.value.json;
  }
  yield ']';
  return step.value.expectations;
}

/** What an analysis of `generateDemoExport(options)` must report, from the generator's own bookkeeping. */
export function describeDemoExport(options: DemoOptions): DemoExpectations {
  const totals = new ExpectationTotals();
  for (const built of conversations(options)) totals.add(built);
  return totals.result();
}

/** About how many conversations make an export of `targetBytes` (UTF-8). */
export function conversationsForBytes(targetBytes: number): number {
  return Math.max(1, Math.round(targetBytes / AVERAGE_CONVERSATION_BYTES));
}
