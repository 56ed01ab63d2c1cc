import { describe, expect, it } from 'vitest';
import { buildAnalysis } from '../analysis/build';
import type { Analysis, PeriodAnalysis } from '../analysis/types';
import { emptySkipReport } from '../ingest/skip-report';
import type { Conversation } from '../model/conversation';
import { createStatsCollector } from '../stats/collector';
import { conversation, exchange, message } from '../stats/test-conversations';
import {
  defaultPeriod,
  defaultPeriodChoice,
  localDayOf,
  monthInSpan,
  periodOptions,
  periodPhrase,
  periodSpan,
  selectPeriod,
  spanBounds,
  timeInSpan,
  type PeriodSource,
} from './period';

function analyse(conversations: Conversation[], timeZone = 'UTC'): Analysis {
  const collector = createStatsCollector();
  for (const c of conversations) collector.add(c);
  const ingest = { format: 'gemini' as const, shards: 1, conversations: conversations.length, messages: 0, skipped: emptySkipReport() };
  return buildAnalysis(collector, ingest, { fileName: 'x.json', fileBytes: 1, contentHash: 'h' }, timeZone, new Date('2026-06-01T00:00:00Z'));
}

/** `count` exchanges spread over one month (YYYY-MM), one a day from the 1st. */
function month(yearMonth: string, count: number): Conversation[] {
  return Array.from({ length: count }, (_, i) => exchange(`${yearMonth}-${i}`, `${yearMonth}-${String(i + 1).padStart(2, '0')}T12:00:00Z`));
}

function months(from: string, to: string, perMonth: number): Conversation[] {
  const out: Conversation[] = [];
  let [year, m] = from.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = to.split('-').map(Number) as [number, number];
  while (year < endYear || (year === endYear && m <= endMonth)) {
    out.push(...month(`${year}-${String(m).padStart(2, '0')}`, perMonth));
    m++;
    if (m > 12) {
      m = 1;
      year++;
    }
  }
  return out;
}

/** A stand-in period with `prompts` user messages. */
function part(prompts: number, firstAt: string | null = '2025-01-01T00:00:00.000Z'): PeriodAnalysis {
  return { stats: { userMessages: prompts, firstAt }, persona: {}, achievements: [] } as unknown as PeriodAnalysis;
}

function source(total: number, year: number | null, recent: number | null): PeriodSource {
  return {
    stats: { userMessages: total, firstAt: '2020-01-01T00:00:00.000Z' },
    latestYear: year === null ? null : { year: 2026, ...part(year) },
    last12Months: recent === null ? null : { from: '2025-04-01', to: '2026-03-15', ...part(recent) },
  };
}

describe('defaultPeriodChoice on real analyses', () => {
  it('opens on the latest year when it holds most of the history', () => {
    // 2025-11 … 2026-05: 2 × 10 in 2025, 5 × 10 in 2026.
    const analysis = analyse(months('2025-11', '2026-05', 10));
    expect(analysis.latestYear?.stats.userMessages).toBe(50);
    expect(defaultPeriodChoice(analysis)).toMatchObject({
      key: 'year',
      label: '2026',
      why: 'Showing 2026: 50 of your 70 prompts are from 2026.',
      note: null,
    });
    // The whole history fits in 12 months: no separate last-12-months period.
    expect(analysis.last12Months).toBeNull();
    expect(periodOptions(analysis)).toEqual([
      { key: 'year', label: '2026' },
      { key: 'all', label: 'All time' },
    ]);
  });

  it('opens on the last 12 months when only 26 of 236 prompts are from the latest year', () => {
    // 2024-06 … 2024-11: 5 a month (30); 2025-03 … 2025-12: 18 a month (180); 2026-01: 13, 2026-02: 13 (26).
    const analysis = analyse([...months('2024-06', '2024-11', 5), ...months('2025-03', '2025-12', 18), ...months('2026-01', '2026-02', 13)]);
    expect(analysis.stats.userMessages).toBe(236);
    expect(analysis.latestYear?.stats.userMessages).toBe(26);
    expect(analysis.last12Months).toMatchObject({ from: '2025-03-01', to: '2026-02-13' });
    expect(analysis.last12Months?.stats.userMessages).toBe(206);
    const choice = defaultPeriodChoice(analysis);
    expect(choice).toEqual({
      key: 'last12',
      label: 'Last 12 months',
      why: 'Showing the last 12 months: only 26 of your 236 prompts are from 2026.',
      reason: 'Showing the last 12 months: only 26 of your 236 prompts are from 2026. Switch to 2026 or All time above.',
      note: 'Showing the last 12 months: only 26 of your 236 prompts are from 2026. Switch to 2026 or All time above.',
    });
    expect(periodOptions(analysis)).toEqual([
      { key: 'year', label: '2026' },
      { key: 'last12', label: 'Last 12 months', shortLabel: '12 mo', note: choice.note },
      { key: 'all', label: 'All time' },
    ]);
    const view = selectPeriod(analysis, 'last12');
    expect(view).toMatchObject({ key: 'last12', label: 'Last 12 months', year: null, range: { from: '2025-03-01', to: '2026-02-13' } });
    expect(view.period.stats.userMessages).toBe(206);
    expect(view.period.persona).toBe(analysis.last12Months?.persona);
  });

  it('opens on all time when the history is spread evenly over many years', () => {
    // 2021-07 … 2026-06, 4 prompts a month: 240 in all, 24 in 2026, 48 in the last 12 months.
    const analysis = analyse(months('2021-07', '2026-06', 4));
    expect(analysis.last12Months?.stats.userMessages).toBe(48);
    expect(defaultPeriodChoice(analysis)).toMatchObject({
      key: 'all',
      label: 'All time',
      note: 'Showing all time: only 24 of your 240 prompts are from 2026 and 48 from the last 12 months. Switch to 2026 or Last 12 months above.',
    });
    expect(periodOptions(analysis).map((option) => [option.label, option.note ?? null])).toEqual([
      ['2026', null],
      ['Last 12 months', null],
      ['All time', defaultPeriodChoice(analysis).note],
    ]);
  });

  it('opens on the year of a single-year history', () => {
    const analysis = analyse(month('2026-03', 3));
    expect(defaultPeriodChoice(analysis)).toEqual({
      key: 'year',
      label: '2026',
      why: 'Showing 2026: all of your 3 prompts are from 2026.',
      reason: 'Showing 2026: all of your 3 prompts are from 2026. Switch to All time above.',
      note: null,
    });
  });

  it('opens on the year the history starts in, however many prompts are undated', () => {
    const undated = Array.from({ length: 20 }, (_, i) => conversation(`u${i}`, [message('user', 'no date', null)]));
    const analysis = analyse([...month('2026-03', 5), ...undated]);
    expect(defaultPeriodChoice(analysis)).toMatchObject({ key: 'year', why: 'Showing 2026: 5 of your 25 prompts are from 2026.' });
  });

  it('opens on all time, without a note, for an empty or undated history', () => {
    const empty = analyse([]);
    expect(defaultPeriodChoice(empty)).toEqual({
      key: 'all',
      label: 'All time',
      why: 'Showing all time: there are no prompts yet.',
      reason: 'Showing all time: there are no prompts yet.',
      note: null,
    });
    expect(periodOptions(empty)).toEqual([{ key: 'all', label: 'All time' }]);
    const undated = analyse([conversation('u', [message('user', 'no date', null)])]);
    expect(defaultPeriodChoice(undated)).toMatchObject({ key: 'all', why: 'Showing all time: none of your prompts has a date.', note: null });
  });
});

describe('defaultPeriodChoice thresholds', () => {
  it('takes a period holding 40 % of the prompts, or 100 prompts that are 25 %', () => {
    expect(defaultPeriod(source(100, 40, null))).toBe('year');
    expect(defaultPeriod(source(100, 39, null))).toBe('all');
    expect(defaultPeriod(source(400, 100, null))).toBe('year');
    expect(defaultPeriod(source(401, 100, null))).toBe('all');
    expect(defaultPeriod(source(396, 99, null))).toBe('all');
    expect(defaultPeriod(source(100, 10, 40))).toBe('last12');
    expect(defaultPeriod(source(100, 10, 39))).toBe('all');
    expect(defaultPeriod(source(1000, 10, 250))).toBe('last12');
  });

  it('prefers the year over the last 12 months when both qualify', () => {
    expect(defaultPeriod(source(100, 45, 90))).toBe('year');
  });

  it('says one prompt in the singular', () => {
    expect(defaultPeriodChoice(source(236, 1, null)).why).toBe('Showing all time: only 1 of your 236 prompts is from 2026.');
    expect(defaultPeriodChoice(source(236, 0, null)).why).toBe('Showing all time: none of your 236 prompts are from 2026.');
  });

  it('reads a partial analysis (no stats, no last 12 months) as the old rule did', () => {
    expect(defaultPeriod({ latestYear: null })).toBe('all');
    expect(defaultPeriod({ latestYear: { year: 2026, ...part(5) } })).toBe('year');
  });
});

describe('selectPeriod', () => {
  it('falls back to all time for a period the analysis lacks', () => {
    const analysis = analyse(month('2026-03', 2));
    expect(selectPeriod(analysis, 'last12')).toMatchObject({ key: 'all', label: 'All time', year: null });
    expect(selectPeriod({ ...analysis, latestYear: null }, 'year').key).toBe('all');
  });
});

describe('periodSpan', () => {
  const lastTwelve = periodSpan({ year: null, range: { from: '2025-03-01', to: '2026-02-13' } });

  it('spans a year from Jan 1 to Dec 31, the last 12 months their range, all time nothing', () => {
    expect(periodSpan({ year: 2026 })).toEqual({ fromDay: '2026-01-01', toDay: '2026-12-31', fromMonth: '2026-01', toMonth: '2026-12' });
    expect(lastTwelve).toEqual({ fromDay: '2025-03-01', toDay: '2026-02-13', fromMonth: '2025-03', toMonth: '2026-02' });
    expect(periodSpan({ year: null })).toBeNull();
  });

  it('reads the periods selectPeriod returns', () => {
    const analysis = analyse([...months('2024-06', '2024-11', 5), ...months('2025-03', '2025-12', 18), ...months('2026-01', '2026-02', 13)]);
    expect(periodSpan(selectPeriod(analysis, 'year'))).toMatchObject({ fromDay: '2026-01-01', toDay: '2026-12-31' });
    expect(periodSpan(selectPeriod(analysis, 'last12'))).toEqual(lastTwelve);
    expect(periodSpan(selectPeriod(analysis, 'all'))).toBeNull();
  });

  it('takes the months of the span, both ends included', () => {
    expect(monthInSpan('2025-02', lastTwelve)).toBe(false);
    expect(monthInSpan('2025-03', lastTwelve)).toBe(true);
    expect(monthInSpan('2025-12', lastTwelve)).toBe(true);
    expect(monthInSpan('2026-02', lastTwelve)).toBe(true);
    expect(monthInSpan('2026-03', lastTwelve)).toBe(false);
    expect(monthInSpan('2025-12', periodSpan({ year: 2026 }))).toBe(false);
    expect(monthInSpan('2026-12', periodSpan({ year: 2026 }))).toBe(true);
    expect(monthInSpan('1999-01', null)).toBe(true);
  });

  it('takes times by their local calendar day, unknown ones for all time only', () => {
    const at = (year: number, month: number, day: number, hour = 0, minute = 0) => new Date(year, month - 1, day, hour, minute).getTime();
    expect(localDayOf(at(2026, 2, 13, 23, 59))).toBe('2026-02-13');
    expect(timeInSpan(at(2025, 2, 28, 23, 59), lastTwelve)).toBe(false);
    expect(timeInSpan(at(2025, 3, 1), lastTwelve)).toBe(true);
    expect(timeInSpan(at(2026, 2, 13, 23, 59), lastTwelve)).toBe(true);
    expect(timeInSpan(at(2026, 2, 14), lastTwelve)).toBe(false);
    expect(timeInSpan(at(2026, 12, 31, 23, 59), periodSpan({ year: 2026 }))).toBe(true);
    expect(timeInSpan(at(2027, 1, 1), periodSpan({ year: 2026 }))).toBe(false);
    expect(timeInSpan(null, lastTwelve)).toBe(false);
    expect(timeInSpan(Number.NaN, lastTwelve)).toBe(false);
    expect(timeInSpan(null, null)).toBe(true);
    // The same rule `new Date(time).getFullYear()` applies to a year.
    const june = Date.UTC(2026, 5, 15, 12);
    expect(timeInSpan(june, periodSpan({ year: new Date(june).getFullYear() }))).toBe(true);
  });

  it('gives epoch bounds that agree with timeInSpan', () => {
    expect(spanBounds(null)).toBeUndefined();
    const year = spanBounds(periodSpan({ year: 2026 }))!;
    expect(year).toEqual({ start: new Date(2026, 0, 1).getTime(), end: new Date(2027, 0, 1).getTime() });
    const bounds = spanBounds(lastTwelve)!;
    expect(bounds).toEqual({ start: new Date(2025, 2, 1).getTime(), end: new Date(2026, 1, 14).getTime() });
    for (const time of [bounds.start - 1, bounds.start, bounds.end - 1, bounds.end]) {
      expect(timeInSpan(time, lastTwelve)).toBe(time >= bounds.start && time < bounds.end);
    }
  });
});

describe('periodPhrase', () => {
  it('names the period inside a sentence', () => {
    expect(periodPhrase({ key: 'year', label: '2026' })).toBe('2026');
    expect(periodPhrase({ key: 'last12', label: 'Last 12 months' })).toBe('the last 12 months');
    expect(periodPhrase({ key: 'all', label: 'All time' })).toBe('all time');
  });
});
