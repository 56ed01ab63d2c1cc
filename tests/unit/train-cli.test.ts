/** `npm run train` as a real process: labelled text in, cross-validated metrics and a loadable head file out. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'ai-wrapped-train-cli-'));
const CODING = ['Fix this TypeScript error in my React component', 'Why does my Python loop crash', 'Write a SQL query for monthly totals', 'Refactor this function to be async'];
const COOKING = ['How long do I bake sourdough bread', 'A quick pasta recipe with tomatoes', 'Can I freeze leftover soup', 'What spices go with roast chicken'];

function train(lines: object[], ...args: string[]) {
  const file = join(dir, `examples-${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(file, lines.map((line) => JSON.stringify(line)).join('\n'));
  const out = join(dir, 'head.json');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/train.ts', file, '--out', out, ...args], { encoding: 'utf8' });
  return { ...run, out };
}

describe('npm run train', () => {
  it('trains on text with the bundled encoder and writes a head in the shipped format', () => {
    const lines = Array.from({ length: 24 }, (_, i) => ({ text: `${(i % 2 ? COOKING : CODING)[i % 4]} (${i})`, label: i % 2 ? 'cooking' : 'coding' }));
    const run = train(lines, '--task', 'kitchen-or-code', '--folds', '3');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('kitchen-or-code: 24 examples, 2 labels');
    const head = JSON.parse(readFileSync(run.out, 'utf8'));
    expect(head).toMatchObject({ format: 1, head: 'kitchen-or-code', labels: ['coding', 'cooking'], dims: 512, kind: 'softmax' });
    expect(head.metrics.devMacroF1).toBeGreaterThan(0.8);
  });

  it('says exactly what is wrong with unusable examples', () => {
    const run = train(Array.from({ length: 12 }, () => ({ text: 'only one label here', label: 'a' })));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('needs at least 2 distinct labels');
  });
});
