/// <reference lib="webworker" />
/**
 * The ingest worker: every byte of an export is read, parsed and stored here, off the main
 * thread. Speaks the protocol in ./protocol.ts; one job at a time, cancellable.
 */
import { cancelledError, serializeError } from '@/lib/ingest/import-error';
import { db } from '@/lib/store/db';
import { generateDemoExport, generateDemoZip, DEMO_DEFAULT } from '@/lib/demo';
import type { IngestRequest, IngestResponse, ImportOutcome } from './protocol';
import { reanalyseImport, runImport, type RunContext } from './run-import';

declare const self: DedicatedWorkerGlobalScope;

let current: AbortController | null = null;

const post = (message: IngestResponse) => self.postMessage(message);

self.onmessage = async ({ data: request }: MessageEvent<IngestRequest>) => {
  if (request.type === 'cancel') {
    current?.abort();
    return;
  }
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const context: RunContext = {
    db: db(),
    timeZone: request.timeZone,
    signal: controller.signal,
    onProgress: (progress) => post({ status: 'progress', progress }),
    onAnalysis: (importId, analysis) => post({ status: 'analysis', importId, analysis }),
  };
  try {
    const outcome = await handle(request, context);
    post({ status: 'complete', outcome });
  } catch (error) {
    post({ status: 'error', error: serializeError(controller.signal.aborted ? cancelledError() : error) });
  } finally {
    if (current === controller) current = null;
  }
};

function handle(request: Exclude<IngestRequest, { type: 'cancel' }>, context: RunContext): Promise<ImportOutcome> {
  switch (request.type) {
    case 'import':
      return runImport(request.files, context);
    case 'demo': {
      // Generated here so the main thread never holds the export's bytes.
      if (request.assets) {
        const zip = new Blob([...generateDemoZip(DEMO_DEFAULT)] as BlobPart[], { type: 'application/zip' });
        return runImport([{ path: 'demo-chatgpt-export.zip', file: zip }], context);
      }
      const file = new Blob([...generateDemoExport(DEMO_DEFAULT)], { type: 'application/json' });
      return runImport([{ path: 'demo-chatgpt-conversations.json', file }], context);
    }
    case 'reanalyse':
      return reanalyseImport(request.importId, context);
  }
}
