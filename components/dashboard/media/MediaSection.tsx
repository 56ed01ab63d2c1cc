'use client';
/**
 * Images and voice on the dashboard: the on-device run's status, what the export's files were
 * (missing or extra ones said plainly), the gallery, and voice stats with the clips.
 */
import { MediaStatus } from '@/components/media/MediaStatus';
import { useMediaAnalysis } from '@/components/media/useMediaAnalysis';
import { Card } from '@/components/ui/Card';
import { summarizeMedia } from '@/lib/media/summary';
import { formatNumber } from '@/lib/view/format';
import { countOf } from '@/lib/view/language';
import { periodSpan, type PeriodView } from '@/lib/view/period';
import { AssetReportNote } from './AssetReportNote';
import { Gallery } from './Gallery';
import { VoiceCard } from './VoiceCard';

export function MediaSection({ view }: { view: PeriodView }) {
  const media = useMediaAnalysis();
  const { stored, importId } = media;
  if (!stored || !importId) return null;
  const hasImages = stored.assets.some((asset) => asset.kind === 'image' && asset.path !== null);
  const span = periodSpan(view);
  const summary = summarizeMedia(stored, span, view.period.stats.userMessages);
  if (!hasImages && !summary.voice && !stored.report?.missing.count) return null;
  return (
    <section aria-labelledby="media-heading" className="flex flex-col gap-4" data-testid="media-section">
      <h2 id="media-heading" className="text-xl font-bold">
        Images and voice
      </h2>
      <MediaStatus media={media} />
      {stored.report ? <AssetReportNote report={stored.report} /> : null}
      {hasImages ? (
        <Card
          title="Gallery"
          caption={`${countOf(summary.images.uploads, 'upload')} · ${formatNumber(summary.images.dalle)} by DALL·E · ${formatNumber(summary.images.generated)} other generated · safety, objects and themes found on this device`}
        >
          <Gallery importId={importId} stored={stored} span={span} />
        </Card>
      ) : null}
      {summary.voice ? <VoiceCard importId={importId} stored={stored} voice={summary.voice} /> : null}
    </section>
  );
}
