/**
 * The asset numbers a person (and the CLI's JSON) asks about: images by where they came from,
 * voice clips and their minutes, and how complete the export's files were.
 */
import { describeAssetReport } from './report';
import type { AssetRecord, AssetReport } from './types';

export interface AssetTotals {
  input: AssetReport['input'];
  images: {
    total: number;
    /** The user's own, including images an export only names (Claude's `files[]`). */
    uploads: number;
    dalle: number;
    /** Later image models (`metadata.generation`, user-<id>/). */
    generated: number;
    /** Of the total, those whose file is in the export. */
    withFiles: number;
  };
  audio: { clips: number; seconds: number; withFiles: number; withTranscript: number };
  videos: number;
  files: number;
  linked: number;
  missing: number;
  extra: number;
  bytes: number;
  summary: string;
}

export class AssetTally {
  private readonly images = { total: 0, uploads: 0, dalle: 0, generated: 0, withFiles: 0 };
  private readonly audio = { clips: 0, seconds: 0, withFiles: 0, withTranscript: 0 };
  private videos = 0;
  private files = 0;

  add(record: AssetRecord): void {
    const hasFile = record.path !== null;
    switch (record.kind) {
      case 'image':
        this.images.total++;
        if (record.source === 'dalle') this.images.dalle++;
        // A picture on the assistant's side that the export only names (Gemini) was made for the user.
        else if (record.source === 'generated' || (record.source === 'attachment' && record.role === 'assistant')) this.images.generated++;
        else if (record.source === 'upload' || record.source === 'attachment') this.images.uploads++;
        if (hasFile) this.images.withFiles++;
        break;
      case 'audio':
        this.audio.clips++;
        this.audio.seconds += record.durationSeconds ?? 0;
        if (hasFile) this.audio.withFiles++;
        if (record.transcript !== undefined) this.audio.withTranscript++;
        break;
      case 'video':
        this.videos++;
        break;
      case 'file':
        this.files++;
    }
  }

  totals(report: AssetReport): AssetTotals {
    return {
      input: report.input,
      images: { ...this.images },
      audio: { ...this.audio, seconds: Math.round(this.audio.seconds * 10) / 10 },
      videos: this.videos,
      files: this.files,
      linked: report.linked,
      missing: report.missing.count,
      extra: report.extra.count,
      bytes: report.bytes,
      summary: describeAssetReport(report),
    };
  }
}
