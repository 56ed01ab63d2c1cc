// Loads the TypeScript job worker through tsx: the same source runs under `next start`,
// Vitest and the bench without a separate build of the worker (Node 20 cannot strip types).
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
