/**
 * Every count that reaches a person goes through lib/view/language.ts (countOf, nounFor, listOf…),
 * never a number glued to a hand-made plural. This reads every source file under components/,
 * app/ and lib/ and fails on the two shapes that gave "1 conversations":
 *
 * - a plural ternary on a count: `n === 1 ? 'conversation' : 'conversations'`, `n !== 1 ? 's' : ''`,
 *   `n === 1 ? '' : 's'`, `n === 1 ? 'was' : 'were'` (use countOf / nounFor(n, 'was', 'were'));
 * - a plural noun glued after a count interpolation: `{formatNumber(n)} messages`,
 *   `${items.length} files`, `${missing.count} images` (use countOf(n, 'message')).
 *
 * The failure lists file:line for each. Developer-only `new Error(...)` messages are left out, and
 * a line can opt out with a `language-lint-ignore` comment on it or on the line above.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const SCANNED = ['components', 'app', 'lib'];
const IGNORE_MARK = 'language-lint-ignore';

export interface LanguageViolation {
  line: number;
  rule: 'plural-ternary' | 'glued-plural';
  text: string;
}

/**
 * `=== 1 ? '…` / `!== 1 ? "…` — a quoted word picked on a count of one — and `[n === 1 ? 0 : 1]`
 * indexing a word pair. (A template branch, `=== 1 ? \`…\``, is usually a whole sentence and is let be.)
 */
const PLURAL_TERNARY = /[!=]==\s*1\s*\?\s*(['"]|0\s*:\s*1\s*\])/;
/** `? 's' : ''` / `? '' : 's'` (and "es"): a suffix picked by hand, whatever the condition. */
const SUFFIX_TERNARY = /\?\s*(['"`])(?:e?s)?\1\s*:\s*(['"`])(?:e?s)?\2/;
/** `{expr} word` or `${expr} word`: an interpolation followed by a space and a lower-case word. */
const INTERPOLATION_THEN_WORD = /\{([^{}]*)\}[ \u00a0]+([a-z]+)\b/g;
/** An interpolated expression that is a count: formatted numbers, lengths, counts and totals. */
const COUNTISH = /formatNumber\(|formatCompact\(|toLocaleString\(|\.length\b|\bcount\b|\btotal\b|[a-z](Count|Total)\b/;
/** Words ending in "s" that are not plural nouns. */
const NOT_PLURAL = new Set([
  'is', 'was', 'has', 'its', 'this', 'his', 'as', 'us', 'plus', 'across', 'yes', 'less', 'unless', 'always', 'perhaps', 'thus',
  'does', 'whereas', 'besides', 'sometimes', 'towards', 'afterwards', 'various', 'previous', 'famous', 'serious', 'obvious', 'bus',
]);

function isPluralNoun(word: string): boolean {
  return word.length > 2 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !NOT_PLURAL.has(word);
}

function isComment(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.startsWith('//') || trimmed.startsWith('*') || trimmed.startsWith('/*');
}

/** The lines of one source file that glue a count to a hand-made plural. */
export function languageViolations(source: string): LanguageViolation[] {
  const lines = source.split('\n');
  const found: LanguageViolation[] = [];
  lines.forEach((line, index) => {
    if (isComment(line) || line.includes(IGNORE_MARK) || (lines[index - 1] ?? '').includes(IGNORE_MARK)) return;
    // Messages of plain Errors are for developers, not people reading their Wrapped.
    if (/\bnew Error\(/.test(line)) return;
    const text = line.trim();
    if (PLURAL_TERNARY.test(line) || SUFFIX_TERNARY.test(line)) {
      found.push({ line: index + 1, rule: 'plural-ternary', text });
      return;
    }
    for (const match of line.matchAll(INTERPOLATION_THEN_WORD)) {
      if (COUNTISH.test(match[1]!) && isPluralNoun(match[2]!)) {
        found.push({ line: index + 1, rule: 'glued-plural', text });
        return;
      }
    }
  });
  return found;
}

function isScanned(file: string): boolean {
  if (!/\.(ts|tsx)$/.test(file) || /\.d\.ts$/.test(file)) return false;
  if (/\.(test|spec)\.tsx?$/.test(file)) return false;
  return !file.split(path.sep).some((part) => part === 'fixtures' || part === '__fixtures__' || part === 'node_modules' || part === 'test-fixtures');
}

function sourceFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.isFile() && isScanned(full) ? [full] : [];
  });
}

describe('languageViolations (the matcher)', () => {
  const flagged = (source: string) => languageViolations(source).map((violation) => violation.rule);

  it.each([
    "const title = `${formatNumber(value)} message${value === 1 ? '' : 's'}`;",
    "{correctionCount} {correctionCount === 1 ? 'correction' : 'corrections'}",
    "return last === 1 ? 'Key 1 labels' : `Keys 1–${last} label`;",
    "const noun = count !== 1 ? 'files' : 'file';",
    'const noun = count === 1 ? "file" : "files";',
    'const suffix = n > 1 ? "s" : "";',
    "{removed} {total === 1 ? 'was' : 'were'} removed.",
    'const parts = removed.map(({ kind, count }) => `${count} ${KIND_WORDS[kind][count === 1 ? 0 : 1]}`);',
  ])('flags the plural ternary in %s', (source) => {
    expect(flagged(source)).toEqual(['plural-ternary']);
  });

  it.each([
    '<span>{formatNumber(conversation.messageCount)} messages</span>',
    "caption={`${formatNumber(CATALOG.length)} models in the catalog`}",
    '{formatNumber(pending.images)} images and {formatNumber(pending.clips)} voice clips',
    '`Map of ${points.length} conversations in ${topics.length} topics.`',
    '`${missing.count} files the conversations mention are missing`',
    "`${ingest.conversations.toLocaleString('en-US')} conversations`",
    '`after ${report.labelCount} labels`',
  ])('flags the glued plural in %s', (source) => {
    expect(flagged(source)).toEqual(['glued-plural']);
  });

  it.each([
    "{countOf(count, 'result')} for “{query}”",
    "`${countOf(rejected.length, 'ungrounded line')} ${nounFor(rejected.length, 'was', 'were')} replaced.`",
    "files.length === 1 ? files[0]!.path : countOf(files.length, 'file')",
    "{formatNumber(value)}</span> <span>{nounFor(value, 'message')}</span>",
    '`${formatNumber(summary.dalle)} by DALL·E`',
    '`${formatPercent(share)} upbeat · ${formatPercent(negative)} negative`',
    '`${name} contains no conversations`',
    '{formatNumber(count)} is the most',
    "const kind = source === 'one' ? noun : plural;",
    'ranks[row] = list.length === 1 ? 0 : 1 - position / (list.length - 1);',
    "label={count === 1 ? `of the replies whose model was recorded came from ${name}` : `of replies came from ${name}`}",
    '// `${formatNumber(n)} messages` is what countOf replaces',
    "throw new Error(`predict: ${vectors.length} values, expected ${count} rows`);",
    "{formatNumber(n)} messages {/* language-lint-ignore: a column heading */}",
  ])('leaves %s alone', (source) => {
    expect(flagged(source)).toEqual([]);
  });

  it('reports the line numbers', () => {
    const source = ['const a = 1;', "const b = `${formatNumber(a)} messages`;", '// language-lint-ignore', "const c = `${formatNumber(a)} messages`;"].join('\n');
    expect(languageViolations(source)).toEqual([{ line: 2, rule: 'glued-plural', text: 'const b = `${formatNumber(a)} messages`;' }]);
  });
});

describe('the source tree', () => {
  it('words every count through lib/view/language.ts', () => {
    const files = SCANNED.flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(100);
    const violations = files.flatMap((file) =>
      languageViolations(readFileSync(file, 'utf8')).map((violation) => `${path.relative(ROOT, file)}:${violation.line} (${violation.rule}) ${violation.text}`),
    );
    expect(violations, `Use countOf / nounFor / listOf from lib/view/language.ts:\n${violations.join('\n')}`).toEqual([]);
  });
});
