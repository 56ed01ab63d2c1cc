/**
 * An import's assets from start to report, for the worker (which stores the bytes) and the CLI
 * (which only counts): catalog the archive's files, link each conversation's attachments as it
 * streams by, then read the files one at a time and tally the report.
 */
import type { Archive } from '../ingest/archive';
import type { Conversation } from '../model/conversation';
import { AssetCatalog } from './catalog';
import { AssetLinker, type PlannedAsset } from './link';
import { readAssets, type ReadAssetsOptions, type ResolvedAsset } from './read';
import { countAsset, emptyAssetReport } from './report';
import type { AssetKind, AssetReport } from './types';

export class AssetInventory {
  private readonly linker: AssetLinker;
  private planned: PlannedAsset[] | null = null;
  private readonly tally: AssetReport;

  private constructor(catalog: AssetCatalog, importId: string, input: Archive['kind']) {
    this.linker = new AssetLinker(catalog, importId);
    this.tally = emptyAssetReport(input);
  }

  static async open(archive: Archive, importId: string, signal?: AbortSignal): Promise<AssetInventory> {
    return new AssetInventory(await AssetCatalog.open(archive, signal), importId, archive.kind);
  }

  /** Call for every conversation of the import, in any order. */
  add(conversation: Conversation): void {
    if (this.planned) throw new Error('AssetInventory: add() after the files were read');
    this.linker.add(conversation);
  }

  /** The files to read, by kind (as the export describes them) and in bytes: "Saving 214 images…". */
  work(): { files: Record<AssetKind, number>; bytes: number } {
    const files: Record<AssetKind, number> = { image: 0, audio: 0, video: 0, file: 0 };
    let bytes = 0;
    for (const { record, file } of this.plan()) {
      if (!file) continue;
      files[record.kind]++;
      bytes += file.entry.size;
    }
    return { files, bytes };
  }

  /** Every asset once, its file read; the report is complete when this is exhausted. */
  async *read(options: ReadAssetsOptions): AsyncGenerator<ResolvedAsset> {
    for await (const asset of readAssets(this.plan(), options)) {
      countAsset(this.tally, asset.record);
      yield asset;
    }
  }

  report(): AssetReport {
    return structuredClone(this.tally);
  }

  private plan(): PlannedAsset[] {
    this.planned ??= this.linker.finish();
    return this.planned;
  }
}
