'use client';
import { CountUp } from '@/components/ui/CountUp';
import { summarizeImages } from '@/lib/media/image-summary';
import { formatNumber } from '@/lib/view/format';
import { countOf, nounFor } from '@/lib/view/language';
import { periodSpan } from '@/lib/view/period';
import { BigStat, SlideFrame } from '../SlideFrame';
import { MediaMosaic } from './MediaMosaic';
import { useStoryMedia } from './StoryMedia';
import type { SlideProps } from './types';

/** "DALL·E made 37 for you." */
export function CreationsSlide({ view }: SlideProps) {
  const media = useStoryMedia();
  const made = view.stats.contentKinds.generatedImages;
  const stored = media?.stored ?? null;
  const span = periodSpan(view);
  const summary = stored ? summarizeImages(stored.assets, stored.images, span) : null;
  // Name DALL·E only when the export's files say it was DALL·E.
  const maker = summary && summary.dalle > 0 && summary.generated === 0 ? 'DALL·E' : 'Your assistant';
  return (
    <SlideFrame kicker="Made for you" headline={`${maker} made ${countOf(made, 'image')} for you.`}>
      <BigStat label={`generated ${nounFor(made, 'image')}`}>
        <CountUp value={made} name="imagesMade" format={formatNumber} />
      </BigStat>
      {summary && summary.dalle > 0 && summary.generated > 0 ? (
        <p className="text-lg text-white/85">
          {formatNumber(summary.dalle)} by DALL·E, {formatNumber(summary.generated)} by newer image models.
        </p>
      ) : null}
      {media && stored && media.importId ? <MediaMosaic importId={media.importId} stored={stored} span={span} sources={['dalle', 'generated']} /> : null}
    </SlideFrame>
  );
}
