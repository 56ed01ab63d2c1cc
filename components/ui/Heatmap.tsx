/** Weekday × hour grid of user messages, Monday first, with a colour scale and a title per cell. */
import { formatHour, formatHourRange, WEEKDAYS, WEEKDAYS_SHORT } from '@/lib/view/format';
import { heatLevel, heatmapMax } from '@/lib/view/insights';
import { countOf } from '@/lib/view/language';

const LEVELS = ['bg-white/5', 'bg-fuchsia-300/30', 'bg-fuchsia-400/55', 'bg-fuchsia-400/80', 'bg-amber-300'] as const;
const HOUR_TICKS = [0, 6, 12, 18];

interface HeatmapProps {
  heatmap: number[][];
  /** Caption naming the zone the hours are in. */
  timeZoneLabel: string;
  className?: string;
}

export function Heatmap({ heatmap, timeZoneLabel, className = '' }: HeatmapProps) {
  const max = heatmapMax(heatmap);
  return (
    <figure className={className}>
      <div className="grid grid-cols-[2.25rem_repeat(24,minmax(0,1fr))] gap-[2px]" role="table" aria-label={`Messages by weekday and hour, ${timeZoneLabel}`}>
        {heatmap.map((row, weekday) => (
          <div key={weekday} role="row" className="contents">
            <span role="rowheader" className="pr-1 text-right text-[10px] leading-none text-current/70 self-center" title={WEEKDAYS[weekday]}>
              {WEEKDAYS_SHORT[weekday]}
            </span>
            {row.map((value, hour) => {
              const title = `${WEEKDAYS[weekday]}, ${formatHourRange(hour)}: ${countOf(value, 'message')}`;
              return (
                <span
                  key={hour}
                  role="cell"
                  title={title}
                  aria-label={title}
                  className={`aspect-square rounded-[3px] ${LEVELS[heatLevel(value, max)]}`}
                />
              );
            })}
          </div>
        ))}
        <span aria-hidden="true" />
        {Array.from({ length: 24 }, (_, hour) => (
          <span key={hour} aria-hidden="true" className="whitespace-nowrap pt-1 text-[10px] leading-none text-current/70">
            {HOUR_TICKS.includes(hour) ? formatHour(hour).replace(' ', '') : ''}
          </span>
        ))}
      </div>
      <figcaption className="mt-3 flex flex-wrap items-center justify-between gap-2 text-xs text-current/70">
        <span>Times in {timeZoneLabel}</span>
        <span className="flex items-center gap-1" aria-hidden="true">
          Less
          {LEVELS.map((level) => (
            <span key={level} className={`size-3 rounded-[3px] ${level}`} />
          ))}
          More
        </span>
      </figcaption>
    </figure>
  );
}
