/**
 * UTC → local wall-clock time in an IANA zone, fast enough for a million messages.
 *
 * Intl's formatToParts is the only portable source of zone offsets but costs microseconds a
 * call, so we ask it once per UTC hour and cache the offset. An hour whose offset differs
 * from the next hour's may contain a transition (DST, or a half-hour zone like Lord Howe
 * switching mid-hour); only messages in such hours are looked up exactly, per minute.
 */
import { MS_PER_HOUR } from './calendar';

const MS_PER_MINUTE = 60_000;

export interface LocalClock {
  /** Epoch-like milliseconds whose UTC fields read as the local wall-clock time. */
  toLocalMs(utcMs: number): number;
}

const clocks = new Map<string, LocalClock>();

/** One clock per zone for the life of the module: formatters and offsets are reusable. */
export function localClock(timeZone: string): LocalClock {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = createLocalClock(timeZone);
    clocks.set(timeZone, clock);
  }
  return clock;
}

function createLocalClock(timeZone: string): LocalClock {
  // Throws RangeError for an unknown zone, which is what callers should see.
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });

  /** Offset in ms at a whole-minute instant: local fields read as UTC, minus the instant. */
  function exactOffset(minuteStartMs: number): number {
    const fields: Record<string, number> = {};
    for (const part of formatter.formatToParts(minuteStartMs)) {
      if (part.type !== 'literal') fields[part.type] = Number(part.value);
    }
    const asUtc = Date.UTC(
      fields.year ?? 1970,
      (fields.month ?? 1) - 1,
      fields.day ?? 1,
      fields.hour ?? 0,
      fields.minute ?? 0,
    );
    return asUtc - minuteStartMs;
  }

  const offsetAtHourStart = new Map<number, number>();
  function hourStartOffset(hour: number): number {
    let offset = offsetAtHourStart.get(hour);
    if (offset === undefined) {
      offset = exactOffset(hour * MS_PER_HOUR);
      offsetAtHourStart.set(hour, offset);
    }
    return offset;
  }

  const offsetAtMinute = new Map<number, number>();
  function minuteOffset(minute: number): number {
    let offset = offsetAtMinute.get(minute);
    if (offset === undefined) {
      offset = exactOffset(minute * MS_PER_MINUTE);
      offsetAtMinute.set(minute, offset);
    }
    return offset;
  }

  return {
    toLocalMs(utcMs) {
      const hour = Math.floor(utcMs / MS_PER_HOUR);
      const offset = hourStartOffset(hour);
      if (offset === hourStartOffset(hour + 1)) return utcMs + offset;
      return utcMs + minuteOffset(Math.floor(utcMs / MS_PER_MINUTE));
    },
  };
}
