'use client';
/** A stacked area chart of label shares per month (each month sums to 100 %). */
import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useReducedMotion } from '@/components/ui/useReducedMotion';
import type { MonthShares } from '@/lib/ml/types';
import { formatMonth, formatPercent } from '@/lib/view/format';
import { countOf } from '@/lib/view/language';
import { CHART_COLORS, TOOLTIP_STYLE } from '../chart-theme';

interface ShareAreaChartProps<L extends string> {
  months: MonthShares<L>[];
  /** Bottom of the stack first. */
  labels: readonly L[];
  meta: Record<L, { label: string; color: string }>;
  ariaLabel: string;
}

export function ShareAreaChart<L extends string>({ months, labels, meta, ariaLabel }: ShareAreaChartProps<L>) {
  const reducedMotion = useReducedMotion();
  const long = months.length > 12;
  const data = months.map((month) => {
    const total = labels.reduce((sum, label) => sum + (month.shares[label] ?? 0), 0) || 1;
    return {
      label: formatMonth(month.month, long ? 'shortYear' : 'short'),
      title: `${formatMonth(month.month)} · ${countOf(month.messages, 'message')}`,
      ...Object.fromEntries(labels.map((label) => [label, (month.shares[label] ?? 0) / total])),
    };
  });
  return (
    <div className="h-64" role="img" aria-label={ariaLabel}>
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={data} margin={{ top: 4, right: 4, bottom: 0, left: -12 }}>
          <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
          <XAxis dataKey="label" tick={{ fill: CHART_COLORS.axis, fontSize: 11 }} tickLine={false} axisLine={false} interval="preserveStartEnd" />
          <YAxis domain={[0, 1]} ticks={[0, 0.5, 1]} tick={{ fill: CHART_COLORS.axis, fontSize: 11 }} tickLine={false} axisLine={false} tickFormatter={(value: number) => formatPercent(value)} />
          <Tooltip
            {...TOOLTIP_STYLE}
            cursor={{ stroke: 'rgba(255,255,255,0.2)' }}
            labelFormatter={(_, payload) => (payload?.[0]?.payload as { title?: string } | undefined)?.title ?? ''}
            formatter={(value, name) => [formatPercent(Number(value)), name]}
            itemSorter={(item) => -Number(item.value)}
          />
          <Legend wrapperStyle={{ fontSize: 12, color: CHART_COLORS.axis }} />
          {labels.map((label) => (
            <Area
              key={label}
              type="monotone"
              dataKey={label}
              name={meta[label].label}
              stackId="shares"
              stroke={meta[label].color}
              fill={meta[label].color}
              fillOpacity={0.55}
              isAnimationActive={!reducedMotion}
            />
          ))}
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Horizontal share bars, for a period with fewer than two months (or intents, which have no months). */
export function ShareBars<L extends string>({ shares, labels, meta, testId }: { shares: Record<L, number>; labels: readonly L[]; meta: Record<L, { label: string; color: string; hint?: string }>; testId?: string }) {
  const ranked = [...labels].sort((a, b) => shares[b] - shares[a]);
  const max = Math.max(0.0001, ...ranked.map((label) => shares[label]));
  return (
    <ul className="flex flex-col gap-3" data-testid={testId}>
      {ranked.map((label) => (
        <li key={label} data-label={label} data-value={shares[label]}>
          <div className="flex items-baseline justify-between gap-2 text-sm">
            <span className="truncate font-semibold">
              {meta[label].label}
              {meta[label].hint ? <span className="ml-1.5 font-normal text-zinc-400">{meta[label].hint}</span> : null}
            </span>
            <span className="shrink-0 tabular-nums text-zinc-400">{formatPercent(shares[label])}</span>
          </div>
          <div className="mt-1 h-2.5 rounded-full bg-white/5">
            <div className="h-full rounded-full" style={{ width: `${Math.max(1, (shares[label] / max) * 100)}%`, background: meta[label].color }} />
          </div>
        </li>
      ))}
    </ul>
  );
}
