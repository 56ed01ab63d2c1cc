/**
 * The view model of one period: computed once, read by the story, the dashboard, the generated
 * words' facts, the share payload and cards. A fact has one value and one name everywhere —
 * the achievements counted, the models named, the claims allowed.
 */
import type { Achievement, Analysis, Persona, Stats } from '../analysis/types';
import type { MlAnalysis } from '../ml/types';
import { mlAchievements } from '../persona/ml-achievements';
import { isRecordedModel, modelDisplayName } from './display-names';
import { claimsFor, type Claims } from './evidence';
import { lockedAchievements, unlockedAchievements } from './insights';
import { selectPeriod, type PeriodKey, type PeriodView } from './period';

export interface ModelEntry {
  /** As the export wrote it (kept in the JSON download). */
  slug: string;
  /** The name people use: "GPT-4o", "Claude 3.5 Sonnet". */
  name: string;
  messages: number;
  /** Share 0–1 of the replies whose model the export recorded. */
  share: number;
}

export interface ModelsView {
  /** Recorded models, most replies first; several slugs with one public name are one entry. */
  named: ModelEntry[];
  /** How many models answered: recorded ones only, never "unknown". */
  count: number;
  /** Replies the export recorded no model for. */
  unrecordedReplies: number;
  top: ModelEntry | null;
}

export interface AchievementsView {
  /** The period's achievements and, once the ML analysis is there, the ML ones. */
  all: Achievement[];
  unlocked: Achievement[];
  /** Closest to unlocking first. */
  locked: Achievement[];
}

export interface WrappedView extends PeriodView {
  stats: Stats;
  persona: Persona;
  achievements: AchievementsView;
  models: ModelsView;
  claims: Claims;
  /** The all-time ML layer, null until it is computed. */
  ml: MlAnalysis | null;
}

export function modelsView(models: Stats['models']): ModelsView {
  const byName = new Map<string, ModelEntry>();
  let unrecordedReplies = 0;
  for (const { model, messages } of models) {
    if (!isRecordedModel(model)) {
      unrecordedReplies += messages;
      continue;
    }
    const name = modelDisplayName(model);
    const entry = byName.get(name);
    if (entry) entry.messages += messages;
    else byName.set(name, { slug: model, name, messages, share: 0 });
  }
  const named = [...byName.values()].sort((a, b) => b.messages - a.messages);
  const total = named.reduce((sum, entry) => sum + entry.messages, 0);
  for (const entry of named) entry.share = total > 0 ? entry.messages / total : 0;
  return { named, count: named.length, unrecordedReplies, top: named[0] ?? null };
}

export function achievementsView(stats: Achievement[], ml: MlAnalysis | null): AchievementsView {
  const all = ml ? [...stats, ...mlAchievements(ml)] : stats;
  return { all, unlocked: unlockedAchievements(all), locked: lockedAchievements(all) };
}

/** The view of one period of an analysis, with the ML layer when it is there. */
export function buildWrappedView(analysis: Analysis, key: PeriodKey, ml: MlAnalysis | null): WrappedView {
  return wrappedViewOf(selectPeriod(analysis, key), ml);
}

/** The view of a period already selected (or computed outside an Analysis, as the CLI and tests do). */
export function wrappedViewOf(period: PeriodView, ml: MlAnalysis | null): WrappedView {
  const { stats, persona, achievements } = period.period;
  return {
    ...period,
    stats,
    persona,
    achievements: achievementsView(achievements, ml),
    models: modelsView(stats.models),
    claims: claimsFor(stats),
    ml,
  };
}
