'use client';
/** Cross-validated macro-F1 against the number of labels, for the head, the prototypes and the ensemble. */
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS, TOOLTIP_STYLE } from '@/components/dashboard/chart-theme';
import type { LearningPoint } from '@/lib/custom/types';
import { formatPercent } from '@/lib/view/format';
import { countOf } from '@/lib/view/language';

export function LearningCurveChart({ curve }: { curve: LearningPoint[] }) {
  const last = curve.at(-1);
  const summary = last ? `Ensemble macro-F1 ${formatPercent(last.ensemble)} after ${countOf(last.labels, 'label')}, from ${formatPercent(curve[0]!.ensemble)} after ${curve[0]!.labels}.` : '';
  return (
    <figure className="flex flex-col gap-2" data-testid="learning-curve">
      <figcaption className="text-sm font-semibold text-zinc-300">Learning curve: macro-F1 by number of labels</figcaption>
      <div className="h-56" role="img" aria-label={`Learning curve. ${summary}`}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={curve} margin={{ top: 4, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
            <XAxis dataKey="labels" type="number" domain={['dataMin', 'dataMax']} tick={{ fill: CHART_COLORS.axis, fontSize: 11 }} tickLine={false} axisLine={false} allowDecimals={false} />
            <YAxis domain={[0, 1]} tick={{ fill: CHART_COLORS.axis, fontSize: 11 }} tickLine={false} axisLine={false} tickFormatter={(value: number) => formatPercent(value)} />
            <Tooltip {...TOOLTIP_STYLE} labelFormatter={(value) => countOf(Number(value), 'label')} formatter={(value) => formatPercent(Number(value))} />
            <Legend wrapperStyle={{ fontSize: 12, color: CHART_COLORS.axis }} />
            <Line dataKey="ensemble" name="Ensemble" stroke={CHART_COLORS.accent} strokeWidth={2.5} dot isAnimationActive={false} />
            <Line dataKey="head" name="Trained head" stroke={CHART_COLORS.user} strokeWidth={1.5} dot isAnimationActive={false} />
            <Line dataKey="zeroShot" name="Zero-shot" stroke={CHART_COLORS.assistant} strokeWidth={1.5} strokeDasharray="4 3" dot isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
