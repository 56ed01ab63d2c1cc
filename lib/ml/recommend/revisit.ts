/**
 * "Worth revisiting": a short list of past conversations that were substantial and have gone
 * quiet, each with the reason in plain words.
 *
 * score = 0.30·depth + 0.25·follow-ups + 0.20·age + 0.15·centrality + 0.10·code, each 0–1:
 *   depth       long answers: ln(1 + answer kchars) / ln(21), so 20k characters of replies = 1
 *   follow-ups  the user's own turns: ln(turns) / ln(15), 15+ turns = 1
 *   age         months since the last message: 0 under a month, 1 from six months on
 *   centrality  rank of the chat's closeness to its topic centre among its topic (1 = the core chat)
 *   code        1 when it holds code
 * A chat must have ≥ 2 user turns or ≥ 2,000 characters of answers to be listed at all; chats
 * younger than a month are halved (you remember those), and a topic fills at most two places.
 */
import type { Revisit, RevisitSignal } from '../types';

export interface RevisitConversation {
  id: string;
  title: string;
  /** The user's turns. */
  turns: number;
  /** Characters of assistant replies. */
  assistantChars: number;
  hasCode: boolean;
  /** Epoch ms of the last message, or null when undated. */
  lastAt: number | null;
}

export interface RevisitOptions {
  /** Epoch ms "now", for ages. */
  now: number;
  /** Topic per conversation (same order), its label, and each conversation's cosine to its centroid. */
  topics?: { assignments: ArrayLike<number>; labels: readonly string[]; centrality?: ArrayLike<number> };
  limit?: number;
  perTopic?: number;
}

export const MAX_REVISIT = 8;
const WEIGHTS: Record<RevisitSignal, number> = { depth: 0.3, followUps: 0.25, age: 0.2, central: 0.15, code: 0.1 };
const MIN_TURNS = 2;
const MIN_ANSWER_CHARS = 2000;
const RECENT_PENALTY = 0.5;
const PER_TOPIC = 2;
/** A signal counts as a reason when it is at least this strong. */
const REASON_STRENGTH = 0.5;
const MONTH_MS = 30.44 * 24 * 3600 * 1000;

type Signals = Record<RevisitSignal, number>;

export function worthRevisiting(conversations: readonly RevisitConversation[], options: RevisitOptions): Revisit[] {
  const limit = Math.min(options.limit ?? MAX_REVISIT, MAX_REVISIT);
  const central = centralityRanks(conversations.length, options.topics);
  const scored = conversations
    .map((conversation, index) => {
      const months = conversation.lastAt === null ? null : Math.max(0, (options.now - conversation.lastAt) / MONTH_MS);
      const signals: Signals = {
        depth: Math.min(1, Math.log(1 + conversation.assistantChars / 1000) / Math.log(21)),
        followUps: conversation.turns > 0 ? Math.min(1, Math.log(conversation.turns) / Math.log(15)) : 0,
        age: months === null ? 0 : Math.min(1, Math.max(0, (months - 1) / 5)),
        central: central[index] ?? 0,
        code: conversation.hasCode ? 1 : 0,
      };
      let score = 0;
      for (const signal of Object.keys(WEIGHTS) as RevisitSignal[]) score += WEIGHTS[signal] * signals[signal];
      if (months !== null && months < 1) score *= RECENT_PENALTY;
      return { conversation, index, signals, months, score };
    })
    .filter(({ conversation }) => conversation.turns >= MIN_TURNS || conversation.assistantChars >= MIN_ANSWER_CHARS)
    .sort((a, b) => b.score - a.score || a.index - b.index);

  const perTopic = new Map<number, number>();
  const picked: Revisit[] = [];
  for (const entry of scored) {
    if (picked.length >= limit) break;
    const topic = options.topics?.assignments[entry.index];
    if (topic !== undefined) {
      const taken = perTopic.get(topic) ?? 0;
      if (taken >= (options.perTopic ?? PER_TOPIC)) continue;
      perTopic.set(topic, taken + 1);
    }
    const label = topic === undefined ? null : (options.topics?.labels[topic] ?? null);
    picked.push({
      conversationId: entry.conversation.id,
      title: entry.conversation.title,
      score: Math.round(entry.score * 1000) / 1000,
      reason: reasonFor(entry.conversation, entry.signals, entry.months, label),
      signals: winningSignals(entry.signals),
    });
  }
  return picked;
}

/** Per conversation, 0–1: its rank by closeness to the topic centre within its topic (1 = closest). */
function centralityRanks(count: number, topics: RevisitOptions['topics']): number[] {
  const ranks = new Array<number>(count).fill(0);
  if (!topics?.centrality) return ranks;
  const byTopic = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const topic = topics.assignments[i];
    if (topic === undefined) continue;
    let list = byTopic.get(topic);
    if (!list) byTopic.set(topic, (list = []));
    list.push(i);
  }
  for (const list of byTopic.values()) {
    list.sort((a, b) => topics.centrality![b]! - topics.centrality![a]! || a - b);
    list.forEach((row, position) => (ranks[row] = list.length === 1 ? 0 : 1 - position / (list.length - 1)));
  }
  return ranks;
}

/** The signals strong enough to be a reason, strongest contribution first. */
function winningSignals(signals: Signals): RevisitSignal[] {
  return (Object.keys(WEIGHTS) as RevisitSignal[])
    .filter((signal) => signals[signal] >= REASON_STRENGTH)
    .sort((a, b) => WEIGHTS[b] * signals[b] - WEIGHTS[a] * signals[a]);
}

export function formatAge(months: number): string {
  if (months >= 24) return `${Math.floor(months / 12)} years ago`;
  if (months >= 11.5) return 'a year ago';
  const whole = Math.round(months);
  return whole <= 1 ? 'a month ago' : `${whole} months ago`;
}

/** e.g. "A long, deep thread (42 turns) with code, from 7 months ago, about python · pandas". */
export function reasonFor(conversation: RevisitConversation, signals: Signals, months: number | null, topicLabel: string | null): string {
  const won = new Set(winningSignals(signals));
  const kchars = Math.round(conversation.assistantChars / 1000);
  let lead: string;
  if (won.has('depth') && won.has('followUps')) lead = `A long, deep thread (${conversation.turns} turns)`;
  else if (won.has('followUps')) lead = `A long back-and-forth (${conversation.turns} turns)`;
  else if (won.has('depth')) lead = `Long, detailed answers (${kchars}k characters)`;
  else if (won.has('central') && topicLabel) lead = 'A core chat of one of your topics';
  else lead = conversation.turns > 1 ? `A ${conversation.turns}-turn chat` : 'A one-question chat';
  const parts = [lead];
  if (won.has('code')) parts[0] += ' with code';
  if (months !== null && months >= 1) parts.push(`from ${formatAge(months)}`);
  if (topicLabel) parts.push(`about ${topicLabel}`);
  return parts.join(', ');
}
