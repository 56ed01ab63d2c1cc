/**
 * The user's creative choices for a Wrapped: the writing style and seed of the generated words,
 * which engine may write them, and the cover style and variation. Stored as one settings row;
 * anything unreadable (an older or hand-edited value) falls back field by field to the defaults.
 */
import { COVER_STYLES, type CoverStyle } from '../art/types';
import { TEXT_STYLES, type TextEngine, type TextStyle } from '../gen/types';

export interface WrappedLook {
  textStyle: TextStyle;
  /** "Regenerate" moves it on; the same seed always writes the same words. */
  textSeed: number;
  /** 'server' and 'hub' are opt-in upgrades; the template engine is the offline default. */
  textEngine: TextEngine;
  coverStyle: CoverStyle;
  coverVariation: number;
  /** The cover's seed (the studio's "Shuffle"); style and variation vary the same cover. */
  coverSeed: number;
}

export const DEFAULT_WRAPPED_LOOK: WrappedLook = {
  textStyle: 'casual',
  textSeed: 1,
  textEngine: 'template',
  coverStyle: 'neon',
  coverVariation: 0,
  coverSeed: 1,
};

const TEXT_ENGINES: readonly TextEngine[] = ['template', 'hub', 'server'];
const MAX_SEED = 2 ** 31 - 1;

function pick<T>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function count(value: unknown, fallback: number): number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_SEED ? (value as number) : fallback;
}

export function parseWrappedLook(value: unknown): WrappedLook {
  const row = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    textStyle: pick(row.textStyle, TEXT_STYLES, DEFAULT_WRAPPED_LOOK.textStyle),
    textSeed: count(row.textSeed, DEFAULT_WRAPPED_LOOK.textSeed),
    textEngine: pick(row.textEngine, TEXT_ENGINES, DEFAULT_WRAPPED_LOOK.textEngine),
    coverStyle: pick(row.coverStyle, COVER_STYLES, DEFAULT_WRAPPED_LOOK.coverStyle),
    coverVariation: count(row.coverVariation, DEFAULT_WRAPPED_LOOK.coverVariation),
    coverSeed: count(row.coverSeed, DEFAULT_WRAPPED_LOOK.coverSeed),
  };
}

/** The next seed for "Regenerate": wraps instead of overflowing. */
export function nextSeed(seed: number): number {
  return seed >= MAX_SEED ? 1 : seed + 1;
}
