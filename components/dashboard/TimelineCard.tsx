'use client';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Card } from '@/components/ui/Card';
import type { Stats } from '@/lib/analysis/types';
import { formatCompact, formatMonth, formatNumber } from '@/lib/view/format';
import { monthMessages, peakMonth } from '@/lib/view/insights';
import { countOf } from '@/lib/view/language';
import { CHART_COLORS, TOOLTIP_STYLE } from './chart-theme';

export function TimelineCard({ stats }: { stats: Stats }) {
  const peak = peakMonth(stats.monthly);
  const long = stats.monthly.length > 12;
  const data = stats.monthly.map((bucket) => ({ ...bucket, label: formatMonth(bucket.month, long ? 'shortYear' : 'short') }));
  return (
    <Card
      title="Month by month"
      caption={peak ? `Peak: ${formatMonth(peak.month)} with ${countOf(monthMessages(peak), 'message')}` : 'No dated messages'}
      className="lg:col-span-2"
    >
      <div className="h-64" role="img" aria-label={`Messages per month, you and the assistant. ${peak ? `Peak month ${formatMonth(peak.month)}.` : ''}`}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 4, right: 4, bottom: 0, left: -12 }}>
            <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
            <XAxis dataKey="label" tick={{ fill: CHART_COLORS.axis, fontSize: 11 }} tickLine={false} axisLine={false} interval="preserveStartEnd" />
            <YAxis tick={{ fill: CHART_COLORS.axis, fontSize: 11 }} tickLine={false} axisLine={false} tickFormatter={(value: number) => formatCompact(value)} />
            <Tooltip {...TOOLTIP_STYLE} formatter={(value) => formatNumber(Number(value))} />
            <Legend wrapperStyle={{ fontSize: 12, color: CHART_COLORS.axis }} />
            <Bar dataKey="userMessages" name="You" fill={CHART_COLORS.user} radius={[4, 4, 0, 0]} />
            <Bar dataKey="assistantMessages" name="Assistant" fill={CHART_COLORS.assistant} radius={[4, 4, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </Card>
  );
}
