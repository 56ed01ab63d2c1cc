/** Every message's local day, hour and month in one zone, computed once per zone. */
import { dayNumber, hourOfDay, monthIndexOfDay } from './calendar';
import { localClock } from './local-clock';

export interface LocalTimes {
  /** Local day number; meaningless where the message time is NaN. */
  day: Int32Array;
  hour: Uint8Array;
  /** year × 12 + month − 1 of the local date. */
  month: Int32Array;
}

export function localTimes(times: Float64Array, length: number, timeZone: string): LocalTimes {
  const clock = localClock(timeZone);
  const day = new Int32Array(length);
  const hour = new Uint8Array(length);
  const month = new Int32Array(length);
  // Consecutive messages mostly share a day; reuse its month instead of building a Date.
  let lastDay = NaN;
  let lastMonth = 0;
  for (let i = 0; i < length; i++) {
    const time = times[i] ?? NaN;
    if (Number.isNaN(time)) continue;
    const local = clock.toLocalMs(time);
    const d = dayNumber(local);
    if (d !== lastDay) {
      lastDay = d;
      lastMonth = monthIndexOfDay(d);
    }
    day[i] = d;
    hour[i] = hourOfDay(local);
    month[i] = lastMonth;
  }
  return { day, hour, month };
}
