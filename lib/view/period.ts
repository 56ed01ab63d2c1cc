/**
 * The periods every view can show — the latest calendar year, the last 12 months and all
 * time — and the one rule for which of them a view opens on (`defaultPeriodChoice`).
 */
import type { Analysis, PeriodAnalysis, Stats } from '../analysis/types';
import { formatNumber } from './format';
import { countOf, nounFor } from './language';

export type PeriodKey = 'year' | 'last12' | 'all';

export const LAST_12_MONTHS_LABEL = 'Last 12 months';
export const ALL_TIME_LABEL = 'All time';

export interface PeriodView {
  key: PeriodKey;
  /** "2026", "Last 12 months" or "All time". */
  label: string;
  /** The calendar year; null for the last 12 months and all time. */
  year: number | null;
  period: PeriodAnalysis;
  /** The local days the last 12 months span (YYYY-MM-DD, both inclusive); absent for the other periods. */
  range?: { from: string; to: string };
}

export interface PeriodOption {
  key: PeriodKey;
  label: string;
  /** A shorter label for narrow screens, where the label is long ("12 mo"). */
  shortLabel?: string;
  /**
   * Only on the option a view opens on, and only when that is not the latest year: the line
   * that says why and how to switch (`defaultPeriodChoice(…).note`), shown while it is selected.
   */
  note?: string;
}

/** What the rule reads: the periods an analysis has and its all-time prompt count. */
export type PeriodSource = Pick<Analysis, 'latestYear'> &
  Partial<Pick<Analysis, 'last12Months'>> & { stats?: Partial<Pick<Stats, 'userMessages' | 'firstAt'>> };

export interface DefaultPeriodChoice {
  key: PeriodKey;
  /** The chosen period's label, as the toggle shows it. */
  label: string;
  /** Why this period: "Showing all time: only 26 of your 236 prompts are from 2026." */
  why: string;
  /** `why` and how to switch: "… Switch to 2026 above." (said under the toggle). */
  reason: string;
  /** `reason` when the views should show it (the default is not the latest year and there is another period), else null. */
  note: string | null;
}

/**
 * A period is "a meaningful part" of the history when it holds at least MAJOR_SHARE of all
 * prompts, or at least MIN_PROMPTS prompts that are at least MINOR_SHARE of them.
 */
export const MAJOR_SHARE = 0.4;
export const MINOR_SHARE = 0.25;
export const MIN_PROMPTS = 100;

function meaningful(prompts: number, total: number): boolean {
  if (total <= 0) return true;
  const share = prompts / total;
  return share >= MAJOR_SHARE || (prompts >= MIN_PROMPTS && share >= MINOR_SHARE);
}

function promptsOf(stats: Partial<Pick<Stats, 'userMessages'>> | undefined): number {
  const count = stats?.userMessages;
  return typeof count === 'number' && Number.isFinite(count) ? Math.max(0, count) : 0;
}

/**
 * The period a view opens on, with one plain line saying why and how to switch:
 * 1. the latest calendar year, when the history starts within it or it is a meaningful part
 *    of the history (see MAJOR_SHARE);
 * 2. else the last 12 months, when the analysis has them and they are a meaningful part;
 * 3. else all time.
 * Prompts are user messages; undated ones count toward all time only.
 */
export function defaultPeriodChoice(analysis: PeriodSource): DefaultPeriodChoice {
  const total = promptsOf(analysis.stats);
  const latest = analysis.latestYear;
  const recent = analysis.last12Months ?? null;

  if (!latest) {
    const why = total === 0 ? 'Showing all time: there are no prompts yet.' : 'Showing all time: none of your prompts has a date.';
    // All time is the only period there is: nothing to switch to, nothing to explain on screen.
    return { key: 'all', label: ALL_TIME_LABEL, why, reason: why, note: null };
  }

  const year = String(latest.year);
  const inYear = promptsOf(latest.stats);
  const startsInYear = latest.stats.firstAt != null && latest.stats.firstAt === analysis.stats?.firstAt;
  if (startsInYear || meaningful(inYear, total)) {
    const why =
      total === 0
        ? `Showing ${year}, the latest year of your history.`
        : `Showing ${year}: ${share(inYear, total, `from ${year}`, false)}.`;
    const others = recent ? `${LAST_12_MONTHS_LABEL} or ${ALL_TIME_LABEL}` : ALL_TIME_LABEL;
    return { key: 'year', label: year, why, reason: `${why} Switch to ${others} above.`, note: null };
  }

  const onlyInYear = share(inYear, total, `from ${year}`, true);
  if (recent && meaningful(promptsOf(recent.stats), total)) {
    const why = `Showing the last 12 months: ${onlyInYear}.`;
    const reason = `${why} Switch to ${year} or ${ALL_TIME_LABEL} above.`;
    return { key: 'last12', label: LAST_12_MONTHS_LABEL, why, reason, note: reason };
  }

  const why = recent
    ? `Showing all time: ${onlyInYear} and ${formatNumber(promptsOf(recent.stats))} from the last 12 months.`
    : `Showing all time: ${onlyInYear}.`;
  const reason = `${why} Switch to ${recent ? `${year} or ${LAST_12_MONTHS_LABEL}` : year} above.`;
  return { key: 'all', label: ALL_TIME_LABEL, why, reason, note: reason };
}

/** "only 26 of your 236 prompts are from 2026", "all of your 236 prompts are from 2026". */
function share(part: number, total: number, where: string, only: boolean): string {
  if (total === 1) return part === 1 ? `your only prompt is ${where}` : `your only prompt is not ${where}`;
  if (part >= total) return `all of your ${countOf(total, 'prompt')} are ${where}`;
  if (part === 0) return `none of your ${countOf(total, 'prompt')} are ${where}`;
  return `${only ? 'only ' : ''}${formatNumber(part)} of your ${countOf(total, 'prompt')} ${nounFor(part, 'is', 'are')} ${where}`;
}

/** The key of `defaultPeriodChoice`. */
export function defaultPeriod(analysis: PeriodSource): PeriodKey {
  return defaultPeriodChoice(analysis).key;
}

/** "2026", "Last 12 months", "All time" — the ones the analysis has; the default one carries its note. */
export function periodOptions(analysis: PeriodSource): PeriodOption[] {
  const options: PeriodOption[] = [];
  if (analysis.latestYear) options.push({ key: 'year', label: String(analysis.latestYear.year) });
  if (analysis.last12Months) options.push({ key: 'last12', label: LAST_12_MONTHS_LABEL, shortLabel: '12 mo' });
  options.push({ key: 'all', label: ALL_TIME_LABEL });
  const { key, note } = defaultPeriodChoice(analysis);
  if (note === null) return options;
  return options.map((option) => (option.key === key ? { ...option, note } : option));
}

/** The period's figures; a period the analysis lacks falls back to all time. */
export function selectPeriod(analysis: Analysis, key: PeriodKey): PeriodView {
  const latest = analysis.latestYear;
  if (key === 'year' && latest) {
    return {
      key: 'year',
      label: String(latest.year),
      year: latest.year,
      period: { stats: latest.stats, persona: latest.persona, achievements: latest.achievements },
    };
  }
  const recent = analysis.last12Months ?? null;
  if (key === 'last12' && recent) {
    return {
      key: 'last12',
      label: LAST_12_MONTHS_LABEL,
      year: null,
      period: { stats: recent.stats, persona: recent.persona, achievements: recent.achievements },
      range: { from: recent.from, to: recent.to },
    };
  }
  return {
    key: 'all',
    label: ALL_TIME_LABEL,
    year: null,
    period: { stats: analysis.stats, persona: analysis.persona, achievements: analysis.achievements },
  };
}

/**
 * The local days a period covers, for everything filtered by date outside the stats (the ML
 * layer's months, images, voice): a year is its Jan 1 … Dec 31, the last 12 months their
 * `range`; all time has no span (null). Days are YYYY-MM-DD and months YYYY-MM, both ends
 * inclusive, so plain string comparison orders them.
 */
export interface PeriodSpan {
  fromDay: string;
  toDay: string;
  /** The months of `fromDay` and `toDay`. */
  fromMonth: string;
  toMonth: string;
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/** The span of a period; null for all time. */
export function periodSpan(view: Pick<PeriodView, 'year' | 'range'>): PeriodSpan | null {
  if (view.year !== null) {
    const year = pad(view.year, 4);
    return { fromDay: `${year}-01-01`, toDay: `${year}-12-31`, fromMonth: `${year}-01`, toMonth: `${year}-12` };
  }
  if (view.range) {
    const { from, to } = view.range;
    return { fromDay: from, toDay: to, fromMonth: from.slice(0, 7), toMonth: to.slice(0, 7) };
  }
  return null;
}

/** The local calendar day (YYYY-MM-DD) of an epoch time, in this device's zone. */
export function localDayOf(time: number): string {
  const date = new Date(time);
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** True when a month (YYYY-MM) lies in the span; every month does for all time (null). */
export function monthInSpan(month: string, span: PeriodSpan | null): boolean {
  if (span === null) return true;
  const key = month.slice(0, 7);
  return key >= span.fromMonth && key <= span.toMonth;
}

/**
 * True when an epoch time falls on a local day of the span (as `new Date(time)` reads it). All
 * time (null) takes everything; an unknown time counts only for all time.
 */
export function timeInSpan(time: number | null, span: PeriodSpan | null): boolean {
  if (span === null) return true;
  if (time === null || !Number.isFinite(time)) return false;
  const day = localDayOf(time);
  return day >= span.fromDay && day <= span.toDay;
}

/** Local midnight starting a YYYY-MM-DD day, as epoch ms (`dayOffset` days later). */
function localMidnight(day: string, dayOffset = 0): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const at = new Date(0);
  at.setFullYear(year, month - 1, date + dayOffset);
  at.setHours(0, 0, 0, 0);
  return at.getTime();
}

/**
 * The span as epoch-ms bounds, `start` inclusive and `end` exclusive (local midnight after the
 * last day), for filters that take times; undefined for all time. `timeInSpan(t)` is
 * `start <= t < end`.
 */
export function spanBounds(span: PeriodSpan | null): { start: number; end: number } | undefined {
  if (span === null) return undefined;
  return { start: localMidnight(span.fromDay), end: localMidnight(span.toDay, 1) };
}

/**
 * The period in a sentence: "2026", "the last 12 months", "all time" — "of 2026", "shares
 * for the last 12 months".
 */
export function periodPhrase(view: Pick<PeriodView, 'key' | 'label'>): string {
  if (view.key === 'last12') return `the ${LAST_12_MONTHS_LABEL.toLowerCase()}`;
  if (view.key === 'all') return ALL_TIME_LABEL.toLowerCase();
  return view.label;
}
