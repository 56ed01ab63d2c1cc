/**
 * CLI: npm run analyze -- <export file or folder> [--out wrapped.json] [--tz Europe/Paris] [--no-ml]
 * Prints the import summary and writes the same JSON as the app's "Download my data", with the
 * ML layer computed by the same pipeline as the browser (USE-lite on WASM, student, heads), and
 * the export's images and voice clips counted by the same asset linking as the app's import.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildAnalysis } from '../lib/analysis/build';
import type { Analysis, Stats } from '../lib/analysis/types';
import { AssetInventory } from '../lib/assets/inventory';
import { AssetTally, type AssetTotals } from '../lib/assets/totals';
import { ingestArchive } from '../lib/ingest/ingest';
import { DEFAULT_LIMITS } from '../lib/ingest/limits';
import type { Conversation } from '../lib/model/conversation';
import { createStatsCollector } from '../lib/stats/collector';
import { loadTrainedHeads } from '../lib/ml/heads/trained';
import { nodeEncoders } from '../lib/ml/node/node-encoders';
import { runMlPipeline } from '../lib/ml/pipeline/run';
import { ImportError } from '../lib/ingest/import-error';
import { describeSkipped } from '../lib/ingest/skip-report';
import { countOf } from '../lib/view/language';
import { defaultPeriodChoice, selectPeriod } from '../lib/view/period';
import { openInput } from './node-input';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, tz: { type: 'string' }, 'no-ml': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  const path = positionals[0];
  if (values.help || !path) {
    console.log('Usage: npm run analyze -- <export .zip | .json | folder> [--out wrapped.json] [--tz <IANA zone>] [--no-ml]');
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const timeZone = values.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const input = await openInput(path);
  const collector = createStatsCollector();
  const conversations: Conversation[] = [];
  const withMl = !values['no-ml'];
  const inventory = await AssetInventory.open(input.archive, input.contentHash);
  const ingest = await ingestArchive(input.archive, input.name, {
    limits: DEFAULT_LIMITS,
    onConversation: (conversation) => {
      collector.add(conversation);
      inventory.add(conversation);
      if (withMl) conversations.push(conversation);
    },
  });
  const analysis = buildAnalysis(collector, ingest, { fileName: input.name, fileBytes: input.bytes, contentHash: input.contentHash }, timeZone);
  const { source } = analysis;
  console.log(source.description);
  for (const line of periodSummary(analysis, timeZone)) console.log(line);
  const skipped = describeSkipped(source.skipped);
  if (skipped.length) console.log(`Left out: ${skipped.join('; ')}.`);
  const assets = await countAssets(inventory);
  const ml = withMl ? await analyseMl(conversations, timeZone) : null;
  if (values.out) {
    await writeFile(values.out, JSON.stringify({ ...analysis, assets, ...(ml ? { ml } : {}) }, null, 2));
    console.log(`Wrote ${values.out}`);
  }
}

/**
 * The period the app opens on (the same rule as the story and dashboard), what it holds and
 * why it was chosen; all time too when its figures differ. The JSON keeps every period.
 */
function periodSummary(analysis: Analysis, timeZone: string): string[] {
  const figures = (stats: Stats) =>
    `${countOf(stats.userMessages, 'prompt')}, ${countOf(stats.assistantMessages, 'answer')}, ${countOf(stats.activeDays, 'active day')}`;
  const choice = defaultPeriodChoice(analysis);
  const view = selectPeriod(analysis, choice.key);
  const span = view.range ? ` (${view.range.from} → ${view.range.to})` : '';
  const lines = [`${view.label}${span}: ${figures(view.period.stats)} (${timeZone}).`];
  const all = figures(analysis.stats);
  if (all !== figures(view.period.stats)) lines.push(`All time: ${all}.`);
  lines.push(`${choice.why} The JSON has every period.`);
  return lines;
}

/** Reads only each file's head: enough for its type, pixel size and audio length. */
async function countAssets(inventory: AssetInventory): Promise<AssetTotals> {
  const tally = new AssetTally();
  for await (const { record } of inventory.read({ mode: 'head' })) tally.add(record);
  const totals = tally.totals(inventory.report());
  const { images, audio } = totals;
  if (images.total + audio.clips + totals.videos + totals.files > 0) {
    console.log(
      `Assets: ${images.total} images (${images.uploads} uploads, ${images.dalle} DALL·E, ${images.generated} other generated), ` +
        `${audio.clips} voice clips (${(audio.seconds / 60).toFixed(1)} min). ${totals.summary}`,
    );
  }
  return totals;
}

async function analyseMl(conversations: Conversation[], timeZone: string) {
  const { student, teacher } = await nodeEncoders();
  const { analysis } = await runMlPipeline(conversations, {
    timeZone,
    messageEncoder: student,
    conversationEncoder: teacher,
    heads: await loadTrainedHeads(),
    cache: null,
    now: Date.now(),
  });
  const topics = analysis.topics.slice(0, 5).map((topic) => topic.label).join('; ');
  console.log(`ML: ${analysis.topics.length} topics (${topics}); top emotion ${analysis.emotions.top ?? 'none'}; ${(analysis.timings.totalMs / 1000).toFixed(1)} s.`);
  return analysis;
}

main().catch((error: unknown) => {
  if (error instanceof ImportError) {
    console.error(`Error (${error.code}): ${error.message}\n${error.hint}`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
});
