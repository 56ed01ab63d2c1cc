/** What the dashboard and the Wrapped show of the user's categories: shares overall and per month. */
import type { CategoryAssignment } from './types';

export interface CategoryShare {
  category: number;
  name: string;
  conversations: number;
  /** 0–1 of all classified conversations. */
  share: number;
}

/** Each category's conversations, largest first (ties keep category order). */
export function categoryBreakdown(assignments: readonly CategoryAssignment[], names: readonly string[]): CategoryShare[] {
  const counts = new Array<number>(names.length).fill(0);
  for (const assignment of assignments) counts[assignment.category] = (counts[assignment.category] ?? 0) + 1;
  const total = assignments.length;
  return names
    .map((name, category) => ({ category, name, conversations: counts[category]!, share: total ? counts[category]! / total : 0 }))
    .sort((a, b) => b.conversations - a.conversations || a.category - b.category);
}

/** One row per month (ascending, gaps filled) with conversations per category index. */
export interface CategoryMonth {
  month: string;
  counts: number[];
}

function nextMonth(month: string): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return mon === 12 ? `${year + 1}-01` : `${year}-${String(mon + 1).padStart(2, '0')}`;
}

export function categoryTimeline(assignments: readonly CategoryAssignment[], categories: number): CategoryMonth[] {
  const byMonth = new Map<string, number[]>();
  for (const { month, category } of assignments) {
    if (!month) continue;
    const counts = byMonth.get(month) ?? new Array<number>(categories).fill(0);
    counts[category]!++;
    byMonth.set(month, counts);
  }
  const months = [...byMonth.keys()].sort();
  if (months.length === 0) return [];
  const out: CategoryMonth[] = [];
  for (let month = months[0]!; month <= months[months.length - 1]!; month = nextMonth(month)) {
    out.push({ month, counts: byMonth.get(month) ?? new Array<number>(categories).fill(0) });
  }
  return out;
}
