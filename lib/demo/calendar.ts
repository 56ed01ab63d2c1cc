/**
 * When the demo persona chats: more as the year goes on, less at weekends and on holiday, evening
 * peaks with some night owl sessions. All times stay inside calendar year 2026 UTC and far from its
 * edges, so "this year" equals "all time" in every viewer time zone.
 */
import { Rng } from './prng';

/** The persona lives at UTC+1 all year (no DST), so their evenings are 19:00–23:00 UTC+1. */
const PERSONA_UTC_OFFSET_MS = 3_600_000;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Local calendar days with activity; conversations may run on for a day after the last one. */
const FIRST_DAY_MS = Date.UTC(2026, 0, 3);
const LAST_DAY_MS = Date.UTC(2026, 10, 14);

/** Relative activity per month, January first: the habit grows through the year. */
const MONTH_GROWTH = [0.55, 0.65, 0.8, 0.9, 1, 1.05, 0.9, 0.7, 1.15, 1.3, 1.45];
/** Sunday first, as Date#getUTCDay counts. */
const WEEKDAY_WEIGHT = [0.8, 1.15, 1.2, 1.15, 1.1, 0.95, 0.7];
const WORKDAY_HOURS = [1.2, 0.7, 0.35, 0.15, 0.08, 0.1, 0.3, 0.8, 1.4, 2, 2.2, 2, 1.6, 1.8, 2, 1.9, 1.7, 1.5, 1.4, 2, 2.8, 3.2, 2.8, 2];
const WEEKEND_HOURS = [1.6, 1.2, 0.7, 0.3, 0.1, 0.05, 0.1, 0.2, 0.5, 1, 1.6, 2, 2, 2, 2.1, 2.1, 2, 1.8, 1.7, 2, 2.6, 3, 2.8, 2.2];
const toEntries = (weights: number[]) => weights.map((weight, hour) => [hour, weight] as const);
const WORKDAY_HOUR_ENTRIES = toEntries(WORKDAY_HOURS);
const WEEKEND_HOUR_ENTRIES = toEntries(WEEKEND_HOURS);

const SUMMER_HOLIDAY = { from: Date.UTC(2026, 7, 10), to: Date.UTC(2026, 7, 23) };

export class ActivityCalendar {
  private readonly dayStarts: number[] = [];
  private readonly cumulative: number[] = [];
  private readonly total: number;

  /** The seed decides which days are skipped entirely and which are crunch days. */
  constructor(seed: number) {
    const rng = new Rng(seed ^ 0x5eed_ca1e);
    let total = 0;
    for (let day = FIRST_DAY_MS; day <= LAST_DAY_MS; day += DAY_MS) {
      const date = new Date(day);
      let weight = (MONTH_GROWTH[date.getUTCMonth()] ?? 1) * (WEEKDAY_WEIGHT[date.getUTCDay()] ?? 1);
      if (day >= SUMMER_HOLIDAY.from && day <= SUMMER_HOLIDAY.to) weight *= 0.08;
      if (rng.chance(0.15)) weight = 0;
      else if (rng.chance(0.02)) weight *= 4;
      total += weight;
      this.dayStarts.push(day);
      this.cumulative.push(total);
    }
    this.total = total;
  }

  /**
   * Start time (UTC epoch ms) of conversation `index` of `count`. Slots are stratified over the
   * activity curve, newest first like a real export, so any count follows the same shape.
   */
  startOf(index: number, count: number, rng: Rng): number {
    const target = ((count - 1 - index + rng.next()) / count) * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    const dayStart = this.dayStarts[lo] ?? FIRST_DAY_MS;
    const weekday = new Date(dayStart).getUTCDay();
    const hours = weekday === 0 || weekday === 6 ? WEEKEND_HOUR_ENTRIES : WORKDAY_HOUR_ENTRIES;
    const localMs = dayStart + rng.weighted(hours) * HOUR_MS + rng.int(0, HOUR_MS / 1000 - 1) * 1000 + rng.int(0, 999);
    return localMs - PERSONA_UTC_OFFSET_MS;
  }
}
