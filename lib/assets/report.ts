/** What an import's assets add up to: linked, missing and extra files, by kind and source. */
import { countOf, listOf, nounFor } from '../view/language';
import type { AssetKind, AssetRecord, AssetReport } from './types';

const MAX_EXAMPLES = 20;

export function emptyAssetReport(input?: AssetReport['input']): AssetReport {
  return {
    linked: 0,
    byKind: { image: 0, audio: 0, video: 0, file: 0 },
    bySource: { upload: 0, dalle: 0, generated: 0, voice: 0, attachment: 0 },
    missing: { count: 0, examples: [] },
    extra: { count: 0, examples: [] },
    bytes: 0,
    audioSeconds: 0,
    ...(input === undefined ? {} : { input }),
  };
}

/** Adds one final record (after its file was read) to the report. */
export function countAsset(report: AssetReport, record: AssetRecord): void {
  report.byKind[record.kind]++;
  report.bySource[record.source]++;
  if (record.kind === 'audio' && record.durationSeconds !== undefined) report.audioSeconds += record.durationSeconds;
  if (record.path === null) {
    if (record.source === 'attachment' || record.conversationId === null) return;
    report.missing.count++;
    if (report.missing.examples.length < MAX_EXAMPLES) {
      report.missing.examples.push({ pointer: record.assetId, conversationId: record.conversationId, kind: record.kind });
    }
    return;
  }
  report.bytes += record.bytes ?? 0;
  if (record.conversationId !== null) {
    report.linked++;
  } else {
    report.extra.count++;
    if (report.extra.examples.length < MAX_EXAMPLES) report.extra.examples.push(record.path);
  }
}

export function buildAssetReport(records: Iterable<AssetRecord>, input?: AssetReport['input']): AssetReport {
  const report = emptyAssetReport(input);
  for (const record of records) countAsset(report, record);
  return report;
}

/** What one of each kind is called; the language layer makes the plural. */
const KIND_NOUNS: Record<AssetKind, string> = {
  image: 'image',
  audio: 'voice clip',
  video: 'video',
  file: 'file',
};

/** "214 images, 12 voice clips, and 3 files": kinds with a count, in a fixed order. */
export function listKinds(byKind: Record<AssetKind, number>): string {
  const parts = (Object.keys(KIND_NOUNS) as AssetKind[]).filter((kind) => byKind[kind] > 0).map((kind) => countOf(byKind[kind], KIND_NOUNS[kind]));
  return parts.length === 0 ? 'no files' : listOf(parts);
}

/**
 * Plain sentences for the import summary and the CLI. A lone conversations.json cannot carry
 * files, so its "missing" files are explained, not flagged.
 */
export function describeAssetReport(report: AssetReport): string {
  const { linked, missing, extra } = report;
  const described = report.bySource.attachment;
  if (linked + missing.count + extra.count + described === 0) return 'No images, voice clips or files in this export.';
  // Kinds are only unambiguous when no metadata-only attachment is counted in them.
  const mentioned = described === 0 ? listKinds(report.byKind) : countOf(missing.count, 'file');
  if (report.input === 'json' && linked === 0 && missing.count > 0) {
    return `Your chats show ${mentioned}. A conversations.json alone doesn't include the files themselves: import the whole export zip to see them.`;
  }
  const sentences: string[] = [];
  if (linked > 0) sentences.push(`${countOf(linked, 'file')} linked to the messages that show ${nounFor(linked, 'it', 'them')}.`);
  if (missing.count > 0) sentences.push(`${countOf(missing.count, 'file')} that messages mention ${nounFor(missing.count, 'is', 'are')} not in the export.`);
  if (extra.count > 0) sentences.push(`${countOf(extra.count, 'file')} in the export ${nounFor(extra.count, 'is', 'are')} not mentioned by any message.`);
  if (described > 0) sentences.push(`${countOf(described, 'attachment')} described by name only (this export carries no files for ${nounFor(described, 'it', 'them')}).`);
  return sentences.join(' ');
}
