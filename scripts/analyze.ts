/**
 * CLI: npm run analyze -- <export file or folder> [--out wrapped.json] [--tz Europe/Paris]
 * Prints the import summary and writes the same JSON as the app's "Download my data".
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { analyzeArchive } from '../lib/ingest/analyze-archive';
import { ImportError } from '../lib/ingest/import-error';
import { skipReasonLabels, type SkipReason } from '../lib/ingest/skip-report';
import { openInput } from './node-input';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, tz: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const path = positionals[0];
  if (values.help || !path) {
    console.log('Usage: npm run analyze -- <export .zip | .json | folder> [--out wrapped.json] [--tz <IANA zone>]');
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const timeZone = values.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const input = await openInput(path);
  const analysis = await analyzeArchive(input.archive, { timeZone, fileName: input.name, fileBytes: input.bytes, contentHash: input.contentHash });
  const { stats, source } = analysis;
  console.log(source.description);
  console.log(`${stats.userMessages.toLocaleString('en-US')} prompts, ${stats.assistantMessages.toLocaleString('en-US')} answers, ${stats.activeDays} active days (${timeZone}).`);
  const skipped = (Object.entries(source.skipped) as [SkipReason, number][]).filter(([, n]) => n > 0);
  if (skipped.length) console.log(`Left out: ${skipped.map(([reason, n]) => `${n} ${skipReasonLabels[reason]}`).join('; ')}.`);
  if (values.out) {
    await writeFile(values.out, JSON.stringify(analysis, null, 2));
    console.log(`Wrote ${values.out}`);
  }
}

main().catch((error: unknown) => {
  if (error instanceof ImportError) {
    console.error(`Error (${error.code}): ${error.message}\n${error.hint}`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
});
