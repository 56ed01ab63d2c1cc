import type { Analysis } from '@/lib/analysis/types';
import type { PeriodView } from '@/lib/view/period';

export interface SlideProps {
  analysis: Analysis;
  view: PeriodView;
}
