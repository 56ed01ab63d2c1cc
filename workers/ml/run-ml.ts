/**
 * One ML analysis inside the worker: stored conversations → runMlPipeline (student for
 * messages, teacher on the chosen device for conversations) → stored MlAnalysis. The vectors
 * of the latest import stay in memory for search and similar conversations.
 */
import { loadTrainedHeads } from '@/lib/ml/heads/trained';
import type { MlInputs } from '@/lib/ml/pipeline/collect';
import { runMlPipeline } from '@/lib/ml/pipeline/run';
import type { DeviceChoice } from '@/lib/ml/device';
import type { TextEncoderPort } from '@/lib/ml/encoder-port';
import { ML_ANALYSIS_VERSION, type MlAnalysis } from '@/lib/ml/types';
import type { WrappedDb } from '@/lib/store/db';
import { iterateStoredConversations } from '@/lib/store/read-import';
import { indexedDbVectorCache } from '@/lib/store/vector-cache';
import { adaptedSentimentLayers } from './adapt';
import { registryHeads } from './registry-heads';
import { studentEncoder, teacherEncoder } from './encoders';
import type { MlProgress } from './protocol';

export interface MlRunContext {
  db: WrappedDb;
  timeZone: string;
  device: DeviceChoice;
  signal: AbortSignal;
  onProgress: (progress: MlProgress) => void;
  onFallback: (choice: DeviceChoice) => void;
}

/** An import's texts and vectors, kept for search and similar conversations. */
export interface LoadedImport {
  importId: string;
  inputs: MlInputs;
  messageVectors: Float32Array;
  conversationVectors: Float32Array;
  student: TextEncoderPort;
  teacher: TextEncoderPort;
}

/** Estimates the time left in a phase from its own rate so far. */
function progressReporter(onProgress: (progress: MlProgress) => void) {
  let phase = '';
  let phaseStarted = 0;
  let lastPost = 0;
  return (next: MlProgress['phase'], done: number, total: number) => {
    const now = performance.now();
    if (next !== phase) {
      phase = next;
      phaseStarted = now;
    } else if (now - lastPost < 100 && done < total) {
      return;
    }
    lastPost = now;
    const elapsed = now - phaseStarted;
    const etaMs = done > 0 && total > done && elapsed > 500 ? (elapsed / done) * (total - done) : null;
    onProgress({ phase: next, done, total, etaMs });
  };
}

export async function loadEncoders(
  device: DeviceChoice,
  report: (phase: MlProgress['phase'], done: number, total: number) => void,
  onFallback?: (choice: DeviceChoice) => void,
) {
  report('loading', 0, 2);
  const student = await studentEncoder();
  report('loading', 1, 2);
  const teacher = await teacherEncoder(device, onFallback);
  report('loading', 2, 2);
  return { student, teacher };
}

export async function analyseImport(importId: string, context: MlRunContext): Promise<{ analysis: MlAnalysis; loaded: LoadedImport }> {
  const { db, signal } = context;
  const report = progressReporter(context.onProgress);
  const { student, teacher } = await loadEncoders(context.device, report, context.onFallback);
  // Shipped heads, then any newer version deployed on the server's registry, then the user's own adaptation.
  const heads = { ...(await loadTrainedHeads()), ...(await registryHeads(db)) };
  const adapted = await adaptedSentimentLayers(db);
  if (adapted) heads.sentiment = { ...heads.sentiment, layers: adapted };
  const result = await runMlPipeline(iterateStoredConversations(db, importId), {
    timeZone: context.timeZone,
    messageEncoder: student,
    conversationEncoder: teacher,
    heads,
    cache: indexedDbVectorCache(db),
    now: Date.now(),
    signal,
    onProgress: report,
  });
  signal.throwIfAborted();
  report('saving', 0, 1);
  await db.mlAnalyses.put({ importId, mlVersion: ML_ANALYSIS_VERSION, timeZone: context.timeZone, analysis: result.analysis, createdAt: Date.now() });
  const { inputs, messageVectors, conversationVectors } = result;
  return { analysis: result.analysis, loaded: { importId, inputs, messageVectors, conversationVectors, student, teacher } };
}
