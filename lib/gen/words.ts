/** Number and date wording shared by the template engine: plurals, ordinals, long dates. */
import { formatMonth, formatNumber } from '../view/format';

/** 1 → "1 conversation", 12408 → "12,408 conversations". */
export function countNoun(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}

/** 1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd". */
export function ordinal(value: number): string {
  const teen = value % 100 >= 11 && value % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th');
  return `${value}${suffix}`;
}

/** "2026-03-16" → "March 16th". */
export function monthDayOrdinal(day: string): string {
  const month = formatMonth(day.slice(0, 7)).split(' ')[0]!;
  return `${month} ${ordinal(Number(day.slice(8, 10)))}`;
}
