/**
 * One conversation under construction: the mapping tree, the clock, and the bookkeeping of what
 * an analysis must count. Counting happens here, as nodes are added, so the expectations never
 * depend on re-reading the tree the way a parser would.
 */
import type { ChatGptNode } from './chatgpt-shape';
import { uuid } from './ids';
import { exportSeconds, message, type MessageInit } from './messages';
import type { Rng } from './prng';

export const ROOT_ID = 'client-created-root';

export interface ConversationTally {
  userMessages: number;
  assistantMessages: number;
  /** Earliest and latest displayed message times, epoch ms. */
  firstMs: number;
  lastMs: number;
}

type NodeInit = MessageInit & {
  /** Real exports leave create_time null on the leading system and context messages. */
  untimed?: boolean;
};

export class ConversationDraft {
  readonly mapping: Record<string, ChatGptNode> = {
    [ROOT_ID]: { id: ROOT_ID, message: null, parent: null, children: [] },
  };
  readonly tally: ConversationTally = { userMessages: 0, assistantMessages: 0, firstMs: Infinity, lastMs: -Infinity };
  /** create_time of the first and of the latest timed message, displayed or not (the clock only moves forward). */
  firstSeconds: number | null = null;
  lastSeconds: number | null = null;
  private clockMs: number;

  constructor(
    private readonly rng: Rng,
    startMs: number,
  ) {
    this.clockMs = startMs;
  }

  get now(): number {
    return this.clockMs;
  }

  /** Moves the clock forward by a random whole-millisecond span. */
  wait(minSeconds: number, maxSeconds: number): void {
    this.clockMs += this.rng.int(minSeconds * 1000, maxSeconds * 1000);
  }

  /**
   * Adds a message under `parentId` at the current clock time and returns its node id.
   * `displayed`: whether the node lies on the branch `current_node` will select.
   */
  add(parentId: string, init: NodeInit, displayed: boolean): string {
    const id = uuid(this.rng);
    const timed = !init.untimed;
    const createTime = timed ? exportSeconds(this.rng, this.clockMs) : null;
    this.mapping[id] = { id, message: message(id, createTime, init), parent: parentId, children: [] };
    this.mapping[parentId]?.children.push(id);

    if (createTime !== null) {
      this.firstSeconds ??= createTime;
      this.lastSeconds = createTime;
    }
    if (!displayed) return id;
    if (timed) {
      this.tally.firstMs = Math.min(this.tally.firstMs, this.clockMs);
      this.tally.lastMs = Math.max(this.tally.lastMs, this.clockMs);
    }
    if (!init.hidden && init.role === 'user') this.tally.userMessages++;
    if (!init.hidden && init.role === 'assistant') this.tally.assistantMessages++;
    return id;
  }
}
