/**
 * The wink-nlp singleton: created on first use, cached as a promise, shared by every caller in a
 * thread (Node tests, the CLI, a Web Worker). The lite *web* model is the one that runs in browsers
 * and workers; it is ~4 MB of JS, so it is imported dynamically and a bundler splits it out.
 */
import type { WinkMethods } from 'wink-nlp';

export type Wink = WinkMethods;

/**
 * Only the stages we read: sentence boundaries, parts of speech, named entities. Leaving out
 * negation, sentiment and custom entities saves ~10% per document.
 */
export const WINK_PIPE = ['sbd', 'pos', 'ner'];

let instance: Promise<Wink> | null = null;

export function getWink(): Promise<Wink> {
  instance ??= load().catch((error: unknown) => {
    instance = null; // let a later call try again
    throw error;
  });
  return instance;
}

async function load(): Promise<Wink> {
  const [nlp, model] = await Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')]);
  return nlp.default(model.default, WINK_PIPE);
}
