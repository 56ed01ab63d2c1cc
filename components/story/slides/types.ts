import type { Analysis } from '@/lib/analysis/types';
import type { WrappedView } from '@/lib/view/wrapped-view';

export interface SlideProps {
  analysis: Analysis;
  /** The period's view model: every number, name and claim a slide shows comes from it. */
  view: WrappedView;
}
