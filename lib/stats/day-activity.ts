/** Day-level figures from user messages per local day. */
import type { Stats } from '../analysis/types';
import { formatDay } from './calendar';

type DayActivity = Pick<Stats, 'activeDays' | 'longestStreak' | 'busiestDay'>;

/** userMessagesByDay: local day number → user messages that day (only days with ≥ 1). */
export function dayActivity(userMessagesByDay: ReadonlyMap<number, number>): DayActivity {
  const days = [...userMessagesByDay.keys()].sort((a, b) => a - b);
  const first = days[0];
  if (first === undefined) {
    return { activeDays: 0, longestStreak: { days: 0, start: null, end: null }, busiestDay: null };
  }

  // Longest run of consecutive days; on a tie the earliest run wins.
  let best = { start: first, length: 1 };
  let runStart = first;
  let previous = first;
  for (const day of days.slice(1)) {
    if (day !== previous + 1) runStart = day;
    const length = day - runStart + 1;
    if (length > best.length) best = { start: runStart, length };
    previous = day;
  }

  // Most user messages; days are ascending, so strict > keeps the earliest on a tie.
  let busiest = first;
  for (const day of days) {
    if ((userMessagesByDay.get(day) ?? 0) > (userMessagesByDay.get(busiest) ?? 0)) busiest = day;
  }

  return {
    activeDays: days.length,
    longestStreak: {
      days: best.length,
      start: formatDay(best.start),
      end: formatDay(best.start + best.length - 1),
    },
    busiestDay: { date: formatDay(busiest), userMessages: userMessagesByDay.get(busiest) ?? 0 },
  };
}
