/** The two periods every view can show: the latest calendar year and all time. */
import type { Analysis, PeriodAnalysis } from '../analysis/types';

export type PeriodKey = 'year' | 'all';

export interface PeriodView {
  key: PeriodKey;
  /** "2026" or "All time". */
  label: string;
  year: number | null;
  period: PeriodAnalysis;
}

export interface PeriodOption {
  key: PeriodKey;
  label: string;
}

/** The latest year when there is one, else all time. */
export function defaultPeriod(analysis: Pick<Analysis, 'latestYear'>): PeriodKey {
  return analysis.latestYear ? 'year' : 'all';
}

export function periodOptions(analysis: Pick<Analysis, 'latestYear'>): PeriodOption[] {
  const options: PeriodOption[] = [];
  if (analysis.latestYear) options.push({ key: 'year', label: String(analysis.latestYear.year) });
  options.push({ key: 'all', label: 'All time' });
  return options;
}

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
  return {
    key: 'all',
    label: 'All time',
    year: null,
    period: { stats: analysis.stats, persona: analysis.persona, achievements: analysis.achievements },
  };
}
