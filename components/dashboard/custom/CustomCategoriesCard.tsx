'use client';
/** The user's own categories (trained on /train): share of conversations each, and month by month. */
import Link from 'next/link';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS, TOOLTIP_STYLE } from '@/components/dashboard/chart-theme';
import { useCustomHead } from '@/components/train/useTrainingStore';
import { Card } from '@/components/ui/Card';
import { categoryBreakdown, categoryTimeline } from '@/lib/custom/breakdown';
import { formatMonth, formatNumber, formatPercent } from '@/lib/view/format';
import { countOf } from '@/lib/view/language';

export const CATEGORY_COLORS = ['#c084fc', '#22d3ee', '#f472b6', '#facc15', '#4ade80', '#fb923c', '#60a5fa', '#f87171', '#a3e635'];
const colorOf = (category: number) => CATEGORY_COLORS[category % CATEGORY_COLORS.length]!;

export function CustomCategoriesCard({ importId }: { importId: string }) {
  const head = useCustomHead(importId);
  if (head.isPending) return null;
  if (!head.data) {
    return (
      <Card title="Your own categories" className="lg:col-span-3">
        <p className="text-sm text-zinc-400">
          Sort your conversations into categories you choose.{' '}
          <Link href="/train" className="font-semibold text-fuchsia-300 hover:text-fuchsia-200 focus-visible:outline-2 focus-visible:outline-fuchsia-400">
            Teach it your categories →
          </Link>
        </p>
      </Card>
    );
  }
  const { report, assignments } = head.data;
  const names = report.categories.map((category) => category.name);
  const breakdown = categoryBreakdown(assignments, names);
  const timeline = categoryTimeline(assignments, names.length);
  const long = timeline.length > 12;
  const data = timeline.map((month) => ({ label: formatMonth(month.month, long ? 'shortYear' : 'short'), ...Object.fromEntries(month.counts.map((count, c) => [`c${c}`, count])) }));
  const top = breakdown[0];
  return (
    <Card
      title="Your own categories"
      caption={`${countOf(assignments.length, 'conversation')} sorted by the model you trained on ${countOf(report.labelCount, 'label')} (macro-F1 ${formatPercent(report.ensemble.macroF1)})`}
      action={<Link href="/train" className="text-sm font-semibold text-fuchsia-300 hover:text-fuchsia-200 focus-visible:outline-2 focus-visible:outline-fuchsia-400">Edit</Link>}
      className="lg:col-span-3"
    >
      <div data-testid="custom-categories">
        <div className="flex h-4 w-full overflow-hidden rounded-full" role="img" aria-label={breakdown.map((share) => `${share.name} ${formatPercent(share.share)}`).join(', ')}>
          {breakdown.map((share) => (share.conversations ? <div key={share.category} style={{ width: `${share.share * 100}%`, background: colorOf(share.category) }} /> : null))}
        </div>
        <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm">
          {breakdown.map((share) => (
            <li key={share.category} className="flex items-center gap-2" data-testid="custom-category-share" data-name={share.name} data-count={share.conversations}>
              <span className="size-2.5 rounded-full" style={{ background: colorOf(share.category) }} aria-hidden="true" />
              <span className="font-semibold">{share.name}</span>
              <span className="tabular-nums text-zinc-400">{formatPercent(share.share)} · {formatNumber(share.conversations)}</span>
            </li>
          ))}
        </ul>
        {top ? <p className="mt-2 text-xs text-zinc-400">Most of your conversations are {top.name}.</p> : null}
        {data.length > 1 ? (
          <div className="mt-4 h-52" role="img" aria-label="Conversations per month in each of your categories">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={data} margin={{ top: 4, right: 4, bottom: 0, left: -16 }}>
                <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
                <XAxis dataKey="label" tick={{ fill: CHART_COLORS.axis, fontSize: 11 }} tickLine={false} axisLine={false} interval="preserveStartEnd" />
                <YAxis tick={{ fill: CHART_COLORS.axis, fontSize: 11 }} tickLine={false} axisLine={false} allowDecimals={false} />
                <Tooltip {...TOOLTIP_STYLE} />
                {names.map((name, c) => (
                  <Bar key={name} dataKey={`c${c}`} name={name} stackId="categories" fill={colorOf(c)} isAnimationActive={false} />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
        ) : null}
      </div>
    </Card>
  );
}
