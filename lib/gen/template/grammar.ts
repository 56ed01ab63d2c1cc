/**
 * A small seeded grammar in the spirit of Tracery: a rule is a list of alternatives; `#rule#`
 * expands another rule, `{name}` inserts a fact value. One session expands every text of one
 * Wrapped and hands out each alternative at most once, so no phrasing repeats within it.
 * Alternatives whose `{values}` are missing are skipped, so a rule adapts to the facts there are.
 * `{?flag}` is a guard: it writes nothing, and its alternative is only picked when the value
 * `flag` is given. The banks guard every claim that needs more evidence than its values show
 * ("a lot on your mind" needs `{?manyPrompts}`; lib/gen/evidence.ts sets the flags).
 */
import { Rng } from '../../demo/prng';

export type Grammar = Readonly<Record<string, readonly string[]>>;
export type Values = Readonly<Record<string, string>>;

const RULE_REF = /#([\w.]+)#/g;
const VALUE_REF = /\{\??(\w+)\}/g;
const ANY_REF = /#([\w.]+)#|\{(\??)(\w+)\}/g;
const MAX_DEPTH = 8;

export class GrammarSession {
  private readonly rng: Rng;
  private readonly used = new Set<string>();

  constructor(
    private readonly grammar: Grammar,
    seed: number,
  ) {
    this.rng = new Rng(seed);
  }

  /** Expands `rule` with `values`; throws when no alternative can be written from them. */
  expand(rule: string, values: Values, depth = 0): string {
    if (depth > MAX_DEPTH) throw new Error(`Grammar rule "${rule}" nests deeper than ${MAX_DEPTH}.`);
    const alternatives = this.grammar[rule];
    if (!alternatives) throw new Error(`Unknown grammar rule "${rule}".`);
    const usable = alternatives.filter((text) => this.canWrite(text, values));
    if (usable.length === 0) throw new Error(`Grammar rule "${rule}" has no alternative for the facts given.`);
    const fresh = usable.filter((text) => !this.used.has(`${rule}\u0000${text}`));
    // Only a Wrapped with more texts than alternatives ever reuses one.
    const text = this.rng.pick(fresh.length > 0 ? fresh : usable);
    this.used.add(`${rule}\u0000${text}`);
    // One pass, so a fact value that happens to contain "#x#" or "{x}" is never expanded.
    return text.replace(ANY_REF, (_, rule: string | undefined, guard: string | undefined, value: string | undefined) =>
      rule !== undefined ? this.expand(rule, values, depth + 1) : guard ? '' : values[value!]!,
    );
  }

  private canWrite(text: string, values: Values): boolean {
    for (const [, name] of text.matchAll(VALUE_REF)) if (values[name!] === undefined) return false;
    for (const [, name] of text.matchAll(RULE_REF)) {
      const alternatives = this.grammar[name!];
      if (!alternatives?.some((alternative) => this.canWrite(alternative, values))) return false;
    }
    return true;
  }
}
