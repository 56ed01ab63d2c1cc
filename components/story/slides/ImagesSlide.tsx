'use client';
import { MediaStatus } from '@/components/media/MediaStatus';
import { CountUp } from '@/components/ui/CountUp';
import { describeThemes, summarizeImages } from '@/lib/media/image-summary';
import { formatNumber } from '@/lib/view/format';
import { countOf, nounFor } from '@/lib/view/language';
import { periodSpan } from '@/lib/view/period';
import { BigStat, SlideFrame } from '../SlideFrame';
import { MediaMosaic } from './MediaMosaic';
import { useStoryMedia } from './StoryMedia';
import type { SlideProps } from './types';

/** "You showed your assistant 214 images — mostly screenshots and food." */
export function ImagesSlide({ view }: SlideProps) {
  const media = useStoryMedia();
  const shown = view.stats.contentKinds.images;
  const stored = media?.stored ?? null;
  const span = periodSpan(view);
  const summary = stored ? summarizeImages(stored.assets, stored.images, span) : null;
  const themes = summary ? describeThemes(summary.themes, summary.analysedUploads) : null;
  return (
    <SlideFrame
      kicker="Show and tell"
      headline={
        <>
          You showed your assistant {countOf(shown, 'image')}
          {themes ? <span data-testid="images-themes"> — {themes}</span> : null}.
        </>
      }
      footer="Looked at on this device by small vision models; the pictures never leave it."
    >
      <BigStat label={`${nounFor(shown, 'image')} you shared`}>
        <CountUp value={shown} name="imagesShown" format={formatNumber} />
      </BigStat>
      {media && stored && media.importId ? <MediaMosaic importId={media.importId} stored={stored} span={span} sources={['upload']} /> : null}
      {media ? <MediaStatus media={media} tone="story" /> : null}
      {summary && summary.total === 0 && shown > 0 ? <p className="text-white/85">Import the whole export zip (not just conversations.json) to see what was in them.</p> : null}
    </SlideFrame>
  );
}
