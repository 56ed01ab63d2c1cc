import { describe, expect, it } from 'vitest';
import { clearProblems, MAX_PROBLEMS, problemDetail, readProblems, recordProblem, type ProblemStorage } from './problems';

function memoryStorage(): ProblemStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) };
}

const problem = (detail: string, at = 1) => ({ at, source: 'Generated words', recovery: 'Built-in words shown', detail });

describe('problem log', () => {
  it('keeps the newest first and at most MAX_PROBLEMS', () => {
    const storage = memoryStorage();
    for (let i = 0; i < MAX_PROBLEMS + 5; i++) recordProblem(storage, problem(`e${i}`, i));
    const rows = readProblems(storage);
    expect(rows).toHaveLength(MAX_PROBLEMS);
    expect(rows[0]!.detail).toBe(`e${MAX_PROBLEMS + 4}`);
  });

  it('folds a repeat of the latest problem into one row', () => {
    const storage = memoryStorage();
    recordProblem(storage, problem('same', 1));
    recordProblem(storage, problem('same', 2));
    expect(readProblems(storage)).toEqual([problem('same', 2)]);
  });

  it('reads a damaged log as empty and clears', () => {
    const storage = memoryStorage();
    storage.setItem('ai-wrapped:problems', '{nope');
    expect(readProblems(storage)).toEqual([]);
    recordProblem(storage, problem('x'));
    clearProblems(storage);
    expect(readProblems(storage)).toEqual([]);
  });

  it('words any thrown value', () => {
    expect(problemDetail(new TypeError('bad'))).toBe('TypeError: bad');
    expect(problemDetail('plain')).toBe('plain');
  });
});
