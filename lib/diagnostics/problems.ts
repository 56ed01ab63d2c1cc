/**
 * Problems the app recovered from (a writer that failed, a worker that crashed) kept for the
 * diagnostics on /models: people see words that work, developers still see what went wrong.
 * Pure: the storage is passed in, so the log is the same in tests and in the browser.
 */

export interface Problem {
  /** Epoch ms. */
  at: number;
  /** What failed, in words: "Generated words", "Cover art". */
  source: string;
  /** What the app showed instead. */
  recovery: string;
  /** The error's own message (developer text; never shown outside the diagnostics). */
  detail: string;
}

export const MAX_PROBLEMS = 20;
export const PROBLEMS_KEY = 'ai-wrapped:problems';

export interface ProblemStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function isProblem(value: unknown): value is Problem {
  const row = value as Problem;
  return typeof row === 'object' && row !== null && typeof row.at === 'number' && typeof row.source === 'string' && typeof row.detail === 'string';
}

export function readProblems(storage: ProblemStorage): Problem[] {
  try {
    const parsed = JSON.parse(storage.getItem(PROBLEMS_KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter(isProblem) : [];
  } catch {
    return [];
  }
}

/** The error's message, whatever was thrown (a zod error's message is its JSON issues). */
export function problemDetail(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 2000);
  return String(error).slice(0, 2000);
}

/** Newest first, at most MAX_PROBLEMS; the same source and detail twice in a row is kept once. */
export function recordProblem(storage: ProblemStorage, problem: Problem): Problem[] {
  const current = readProblems(storage);
  const [latest] = current;
  const next = latest && latest.source === problem.source && latest.detail === problem.detail ? [problem, ...current.slice(1)] : [problem, ...current];
  const kept = next.slice(0, MAX_PROBLEMS);
  try {
    storage.setItem(PROBLEMS_KEY, JSON.stringify(kept));
  } catch {
    // Storage full or blocked: the console still has it.
  }
  return kept;
}

export function clearProblems(storage: ProblemStorage): void {
  storage.removeItem(PROBLEMS_KEY);
}
