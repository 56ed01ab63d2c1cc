import { describe, expect, it } from 'vitest';
import { buildAnalysis } from '../analysis/build';
import type { Achievement, Analysis } from '../analysis/types';
import { emptySkipReport } from '../ingest/skip-report';
import type { MlAnalysis } from '../ml/types';
import type { Conversation } from '../model/conversation';
import { mlAchievements } from '../persona/ml-achievements';
import { createStatsCollector } from '../stats/collector';
import { exchange } from '../stats/test-conversations';
import { claimsFor } from './evidence';
import { periodOptions } from './period';
import { achievementsView, buildWrappedView, modelsView } from './wrapped-view';

describe('modelsView', () => {
  it('names models as people know them, merging slugs with one public name', () => {
    const view = modelsView([
      { model: 'gpt-4o', messages: 10 },
      { model: 'text-davinci-002-render-sha', messages: 6 },
      { model: 'gpt-4o-2024-08-06', messages: 5 },
      { model: 'text-davinci-002-render', messages: 3 },
      { model: 'gpt-4-5', messages: 1 },
    ]);
    expect(view.named.map(({ name, messages }) => [name, messages])).toEqual([
      ['GPT-4o', 15],
      ['GPT-3.5', 9],
      ['GPT-4.5', 1],
    ]);
    expect(view.count).toBe(3);
    expect(view.top?.name).toBe('GPT-4o');
    // The slug kept is one the export wrote (for the JSON download).
    expect(['gpt-4o', 'gpt-4o-2024-08-06']).toContain(view.top?.slug);
  });

  it('leaves "unknown" out of the names, the count and the shares, and counts its replies apart', () => {
    const view = modelsView([
      { model: 'unknown', messages: 30 },
      { model: 'gpt-4o', messages: 6 },
      { model: 'o3-mini', messages: 2 },
    ]);
    expect(view.count).toBe(2);
    expect(view.named.map((entry) => entry.name)).toEqual(['GPT-4o', 'o3-mini']);
    expect(view.unrecordedReplies).toBe(30);
    expect(view.top).toMatchObject({ name: 'GPT-4o', messages: 6, share: 0.75 });
    expect(view.named.reduce((sum, entry) => sum + entry.share, 0)).toBeCloseTo(1, 10);
  });

  it('has no top model and a count of 0 when no model was recorded', () => {
    expect(modelsView([{ model: 'unknown', messages: 4 }])).toEqual({ named: [], count: 0, unrecordedReplies: 4, top: null });
    expect(modelsView([])).toEqual({ named: [], count: 0, unrecordedReplies: 0, top: null });
  });

  it('orders by replies after merging (two small slugs of one name beat a bigger single one)', () => {
    const view = modelsView([
      { model: 'claude-3-opus-20240229', messages: 5 },
      { model: 'gpt-4o-mini', messages: 4 },
      { model: 'gpt-4o-mini-2024-07-18', messages: 4 },
    ]);
    expect(view.top?.name).toBe('GPT-4o mini');
    expect(view.top?.messages).toBe(8);
  });
});

const achievement = (id: string, unlocked: boolean, progress = unlocked ? 1 : 0.5): Achievement => ({
  id,
  title: id,
  description: `${id} description`,
  threshold: `${id} threshold`,
  unlocked,
  progress,
});

/** An ML layer with enough prompts for the ML badges, polite and curious but not sunny or an explorer. */
function mlLayer(userMessages = 40): MlAnalysis {
  const shares = <L extends string>(labels: readonly L[], values: number[]) => Object.fromEntries(labels.map((label, i) => [label, values[i] ?? 0])) as Record<L, number>;
  return {
    counts: { userMessages, conversations: 10, textsEmbedded: 50, cacheHits: 0 },
    politeness: { politeShare: 0.3 },
    topics: [{}, {}],
    diversity: { entropy: 0.3, meanDistance: 0.5 },
    intents: { overall: shares(['question', 'request', 'command', 'statement', 'complaint', 'praise'], [0.6, 0.4]) },
    sentiment: { overall: shares(['negative', 'neutral', 'positive'], [0.1, 0.85, 0.05]) },
  } as unknown as MlAnalysis;
}

describe('achievementsView', () => {
  const stats = [achievement('streak', true), achievement('night-owl', false, 0.9), achievement('chatty', false, 0.2), achievement('coder', true)];

  it('is the period\'s achievements alone until the ML layer is there', () => {
    const view = achievementsView(stats, null);
    expect(view.all).toEqual(stats);
    expect(view.unlocked.map((a) => a.id)).toEqual(['streak', 'coder']);
    expect(view.locked.map((a) => a.id)).toEqual(['night-owl', 'chatty']);
  });

  it('adds the ML achievements once the ML layer is there: one count for the story and the dashboard', () => {
    const ml = mlLayer();
    const view = achievementsView(stats, ml);
    const fromMl = mlAchievements(ml);
    expect(view.all).toHaveLength(stats.length + fromMl.length);
    expect(view.all.map((a) => a.id)).toEqual([...stats.map((a) => a.id), ...fromMl.map((a) => a.id)]);
    expect(view.unlocked.length + view.locked.length).toBe(view.all.length);
    expect(view.unlocked.map((a) => a.id)).toEqual(expect.arrayContaining(['streak', 'coder', 'polite', 'curious']));
    expect(view.unlocked.every((a) => a.unlocked)).toBe(true);
    // Locked: closest to unlocking first.
    const progress = view.locked.map((a) => a.progress);
    expect(progress).toEqual([...progress].sort((a, b) => b - a));
  });

  it('unlocks no ML achievement from a handful of prompts', () => {
    const view = achievementsView([], mlLayer(3));
    expect(view.all.length).toBeGreaterThan(0);
    expect(view.unlocked).toEqual([]);
  });
});

function analyse(conversations: Conversation[]): Analysis {
  const collector = createStatsCollector();
  for (const c of conversations) collector.add(c);
  const ingest = { format: 'chatgpt' as const, shards: 1, conversations: conversations.length, messages: 0, skipped: emptySkipReport() };
  return buildAnalysis(collector, ingest, { fileName: 'x.json', fileBytes: 1, contentHash: 'h' }, 'UTC', new Date('2026-12-31T00:00:00Z'));
}

describe('buildWrappedView', () => {
  const withModel = (c: Conversation, model: string): Conversation => ({ ...c, messages: c.messages.map((m) => (m.role === 'assistant' ? { ...m, model } : m)) });
  const analysis = analyse([
    withModel(exchange('a', '2025-05-01T10:00:00Z'), 'text-davinci-002-render-sha'),
    withModel(exchange('b', '2026-02-01T10:00:00Z'), 'gpt-4o'),
    withModel(exchange('c', '2026-02-02T10:00:00Z'), 'gpt-4o-2024-08-06'),
    exchange('d', '2026-02-03T10:00:00Z'),
  ]);

  it('reads every figure of every period option from that period', () => {
    for (const { key } of periodOptions(analysis)) {
      const view = buildWrappedView(analysis, key, null);
      expect(view.key).toBe(key);
      expect(view.stats).toBe(view.period.stats);
      expect(view.persona).toBe(view.period.persona);
      expect(view.achievements.all).toEqual(view.period.achievements);
      expect(view.models).toEqual(modelsView(view.stats.models));
      expect(view.claims).toEqual(claimsFor(view.stats));
      expect(view.ml).toBeNull();
    }
  });

  it('names the models of the period, without "unknown"', () => {
    const all = buildWrappedView(analysis, 'all', null);
    expect(all.models.named.map((entry) => entry.name)).toEqual(['GPT-4o', 'GPT-3.5']);
    expect(all.models.count).toBe(2);
    expect(all.models.unrecordedReplies).toBe(1);
    const year = buildWrappedView(analysis, 'year', null);
    expect(year.label).toBe('2026');
    expect(year.models.named.map((entry) => entry.name)).toEqual(['GPT-4o']);
    expect(year.models.count).toBe(1);
  });

  it('joins the ML achievements to every period, and carries the ML layer', () => {
    const ml = mlLayer();
    for (const { key } of periodOptions(analysis)) {
      const view = buildWrappedView(analysis, key, ml);
      expect(view.ml).toBe(ml);
      expect(view.achievements.all).toHaveLength(view.period.achievements.length + mlAchievements(ml).length);
    }
  });
});
