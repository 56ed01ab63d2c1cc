'use client';
/** The categories the user taught on /train: share of conversations each, from the head they trained. */
import { CATEGORY_COLORS } from '@/components/dashboard/custom/CustomCategoriesCard';
import { useActiveAnalysis } from '@/components/hooks/useWrappedData';
import { useCustomHead } from '@/components/train/useTrainingStore';
import { categoryBreakdown } from '@/lib/custom/breakdown';
import { formatPercent } from '@/lib/view/format';
import { countOf } from '@/lib/view/language';
import { SlideFrame } from '../SlideFrame';

export function CustomSlide() {
  const importId = useActiveAnalysis().data?.importRow.id ?? null;
  const head = useCustomHead(importId).data;
  if (!head) return <SlideFrame kicker="Your own categories" headline="…" />;
  const names = head.report.categories.map((category) => category.name);
  const breakdown = categoryBreakdown(head.assignments, names);
  const top = breakdown[0]!;
  return (
    <SlideFrame
      kicker="Your own categories"
      headline={
        <>
          Mostly <span data-testid="custom-top">{top.name}</span>
        </>
      }
      footer={`Sorted by the model you taught with ${countOf(head.report.labelCount, 'label')}`}
    >
      <ul className="flex flex-col gap-3">
        {breakdown.map((share) => (
          <li key={share.category}>
            <div className="flex justify-between text-lg font-bold">
              <span>{share.name}</span>
              <span>{formatPercent(share.share)}</span>
            </div>
            <div className="mt-1 h-3 overflow-hidden rounded-full bg-black/25">
              <div className="h-full rounded-full" style={{ width: `${share.share * 100}%`, background: CATEGORY_COLORS[share.category % CATEGORY_COLORS.length] }} />
            </div>
            <p className="text-sm text-white/85">{countOf(share.conversations, 'conversation')}</p>
          </li>
        ))}
      </ul>
    </SlideFrame>
  );
}
