'use client';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Card } from '@/components/ui/Card';
import type { Stats } from '@/lib/analysis/types';
import { formatCompact, formatNumber } from '@/lib/view/format';
import { countOf } from '@/lib/view/language';
import { CHART_COLORS, TOOLTIP_STYLE } from './chart-theme';

export function PromptLengthCard({ stats }: { stats: Stats }) {
  return (
    <Card title="Prompt length" caption={`Words per prompt · median ${formatNumber(Math.round(stats.medianPromptWords))}`}>
      <div className="h-52" role="img" aria-label={`Histogram of prompt lengths in words; median ${countOf(Math.round(stats.medianPromptWords), 'word')}.`}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={stats.promptLengths} margin={{ top: 4, right: 4, bottom: 0, left: -16 }}>
            <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
            <XAxis dataKey="label" interval={0} tick={{ fill: CHART_COLORS.axis, fontSize: 11 }} tickLine={false} axisLine={false} />
            <YAxis tick={{ fill: CHART_COLORS.axis, fontSize: 11 }} tickLine={false} axisLine={false} tickFormatter={(value: number) => formatCompact(value)} />
            <Tooltip {...TOOLTIP_STYLE} formatter={(value) => [formatNumber(Number(value)), 'Prompts']} />
            <Bar dataKey="count" name="Prompts" fill={CHART_COLORS.accent} radius={[6, 6, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </Card>
  );
}
