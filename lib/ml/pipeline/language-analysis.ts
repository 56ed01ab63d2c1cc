/** Language features (wink-nlp) and politeness over the user's messages, in one cancellable loop. */
import { createLanguageAccumulator, createPolitenessAccumulator } from '../language';
import type { LanguageFeatures, Politeness } from '../types';

const YIELD_EVERY = 250;

export async function analyseLanguage(
  texts: readonly string[],
  signal?: AbortSignal,
  onProgress?: (done: number, total: number) => void,
): Promise<{ language: LanguageFeatures; politeness: Politeness }> {
  const language = await createLanguageAccumulator({ expectedMessages: texts.length });
  const polite = createPolitenessAccumulator();
  for (let i = 0; i < texts.length; i++) {
    language.add(texts[i]!);
    polite.add(texts[i]!);
    if (i % YIELD_EVERY === YIELD_EVERY - 1) {
      signal?.throwIfAborted();
      onProgress?.(i + 1, texts.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  return { language: language.result(), politeness: polite.result() };
}
