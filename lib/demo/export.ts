/**
 * The demo export: a seeded, streamed ChatGPT `conversations.json`, and the numbers an analysis of
 * it must report. Pure TypeScript, so it runs in a browser worker, in Node and in tests alike.
 */
import { ActivityCalendar } from './calendar';
import { buildConversation, type BuiltConversation } from './conversation-builder';

export interface DemoOptions {
  seed: number;
  conversations: number;
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

/**
 * Yields the JSON text of the export in chunks: `[`, then each conversation object, with `,`
 * chunks between them, then `]`. Returns the expectations when done, so one pass can do both.
 */
export function* generateDemoExport(options: DemoOptions): Generator<string, DemoExpectations, undefined> {
  const totals = new ExpectationTotals();
  yield '[';
  let first = true;
  for (const built of conversations(options)) {
    if (!first) yield ',';
    first = false;
    yield JSON.stringify(built.conversation);
    totals.add(built);
  }
  yield ']';
  return totals.result();
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
