/** How you write: reading difficulty, variety of words, parts of speech and the things you mention. */
import { Card } from '@/components/ui/Card';
import { ProgressBar } from '@/components/ui/ProgressBar';
import type { LanguageFeatures } from '@/lib/ml/types';
import { formatNumber, formatPercent } from '@/lib/view/format';
import { countOf, nounFor, pluralOf } from '@/lib/view/language';

const POS_LABELS: Record<string, string> = {
  NOUN: 'Nouns',
  VERB: 'Verbs',
  ADJ: 'Adjectives',
  ADV: 'Adverbs',
  PRON: 'Pronouns',
  PROPN: 'Names',
  ADP: 'Prepositions',
  DET: 'Articles',
  AUX: 'Helper verbs',
  CCONJ: 'And, or, but',
  SCONJ: 'Because, if, when',
  PART: 'Particles',
  NUM: 'Numbers',
  INTJ: 'Interjections',
  X: 'Other',
};

/** What each kind of entity is called: the singular, and the plural where "+s" is wrong. */
const ENTITY_NOUNS: Record<string, [string, string?]> = {
  DATE: ['date'],
  TIME: ['time'],
  DURATION: ['duration'],
  MONEY: ['amount of money', 'amounts of money'],
  PERCENT: ['percentage'],
  ORDINAL: ['ordinal (1st, 2nd…)', 'ordinals (1st, 2nd…)'],
  CARDINAL: ['number'],
  EMAIL: ['email address'],
  URL: ['link'],
  HASHTAG: ['hashtag'],
  MENTION: ['mention'],
  EMOJI: ['emoji', 'emoji'],
  EMOTICON: ['emoticon'],
};

/** "1 link", "12 links": the noun for an entity count shown beside it. */
function entityNoun(type: string, count: number): string {
  const [one, many] = ENTITY_NOUNS[type] ?? [type.toLowerCase()];
  return nounFor(count, one, many ?? pluralOf(one));
}

function complexityWord(score: number): string {
  if (score < 30) return 'easy going';
  if (score < 55) return 'everyday';
  if (score < 75) return 'detailed';
  return 'dense';
}

export function LanguageCard({ language }: { language: LanguageFeatures }) {
  const pos = Object.entries(language.partsOfSpeech)
    .filter(([, share]) => share > 0)
    .sort(([, a], [, b]) => b - a)
    .slice(0, 6);
  const sampled = language.analysed < language.messages;
  return (
    <Card
      title="How you write"
      caption={`${countOf(language.words, 'word')} read${sampled ? ` from ${formatNumber(language.analysed)} of ${countOf(language.messages, 'prompt')}` : ''}, code left out`}
    >
      <div className="flex items-baseline justify-between gap-2">
        <p className="text-sm text-zinc-300">Complexity</p>
        <p>
          <span className="text-2xl font-black tabular-nums" data-testid="ml-complexity" data-value={language.complexity}>{formatNumber(language.complexity)}</span>
          <span className="text-sm text-zinc-400"> / 100 · {complexityWord(language.complexity)}</span>
        </p>
      </div>
      <ProgressBar value={language.complexity / 100} label="Writing complexity, 0 to 100" className="mt-1" />
      <dl className="mt-4 grid grid-cols-3 gap-2 text-center">
        <div className="rounded-2xl bg-white/5 p-2">
          <dd className="text-lg font-black tabular-nums" data-testid="ml-lexical-diversity" data-value={language.lexicalDiversity}>{formatPercent(language.lexicalDiversity)}</dd>
          <dt className="text-xs text-zinc-400">word variety</dt>
        </div>
        <div className="rounded-2xl bg-white/5 p-2">
          <dd className="text-lg font-black tabular-nums">{language.averageSentenceLength.toFixed(1)}</dd>
          <dt className="text-xs text-zinc-400">words a sentence</dt>
        </div>
        <div className="rounded-2xl bg-white/5 p-2">
          <dd className="text-lg font-black tabular-nums">{language.averageTokenLength.toFixed(1)}</dd>
          <dt className="text-xs text-zinc-400">letters a word</dt>
        </div>
      </dl>
      <h3 className="mt-5 text-xs font-semibold uppercase tracking-wider text-zinc-400">Your word mix</h3>
      <ul className="mt-2 flex flex-col gap-1.5">
        {pos.map(([tag, share]) => (
          <li key={tag} className="grid grid-cols-[8.5rem_1fr_2.5rem] items-center gap-2 text-xs">
            <span className="truncate text-zinc-300">{POS_LABELS[tag] ?? tag}</span>
            <span className="h-2 rounded-full bg-white/5">
              <span className="block h-full rounded-full bg-linear-to-r from-violet-500 to-fuchsia-500" style={{ width: `${Math.max(1, (share / (pos[0]?.[1] || 1)) * 100)}%` }} />
            </span>
            <span className="text-right tabular-nums text-zinc-400">{formatPercent(share)}</span>
          </li>
        ))}
      </ul>
      {language.entities.length > 0 ? (
        <>
          <h3 className="mt-5 text-xs font-semibold uppercase tracking-wider text-zinc-400">Things you mentioned</h3>
          <ul className="mt-2 flex flex-wrap gap-1.5" data-testid="ml-entities">
            {language.entities.slice(0, 10).map((entity) => (
              <li key={entity.type} className="rounded-full bg-white/5 px-2.5 py-1 text-xs" data-type={entity.type} data-value={entity.count}>
                <span className="font-bold tabular-nums">{formatNumber(entity.count)}</span> <span className="text-zinc-400">{entityNoun(entity.type, entity.count)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}
