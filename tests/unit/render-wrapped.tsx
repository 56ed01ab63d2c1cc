/**
 * The whole Wrapped of one export, rendered to text in Node: the harness of
 * story-pipeline.property.test.tsx.
 *
 *   bytes (a zip, as users drop it) → openArchive → ingestArchive (the CLI's pass: stats collector
 *   + the conversations kept for ML) → buildAnalysis → for every period option → the view model
 *   (buildWrappedView, with ml null and with an ML layer from the real runMlPipeline) →
 *   buildWrappedFacts → wrappedFactsSchema.parse (as the generation worker does) → the template
 *   writer in every style (runGeneration, engine 'template') → every story slide and the dashboard
 *   cards (the ML cards too, once there is an ML layer) through react-dom/server, inside the
 *   contexts the page would supply.
 *
 * The ML layer is the real pipeline with the real trained heads and the real static student
 * encoder for both messages and conversations (the browser's fast tier; the USE-lite teacher is
 * too slow to run per case). Deterministic: same conversations, same analysis.
 *
 * Nothing here asserts: it returns `Surface`s (what a person reads, by slide or card) for
 * ./story-checks.ts.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement, ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ArtContext, type Art } from '../../components/art/ArtProvider';
import { coverAlt } from '../../components/art/CoverArt';
import { AchievementsCard } from '../../components/dashboard/AchievementsCard';
import { ContentKindsCard } from '../../components/dashboard/ContentKindsCard';
import { DashboardHeader } from '../../components/dashboard/DashboardHeader';
import { HeatmapCard } from '../../components/dashboard/HeatmapCard';
import { KeyNumbers } from '../../components/dashboard/KeyNumbers';
import type { MlView } from '../../components/dashboard/ml/useMlView';
import { ModelsCard } from '../../components/dashboard/ModelsCard';
import { PersonaCard } from '../../components/dashboard/PersonaCard';
import { PromptLengthCard } from '../../components/dashboard/PromptLengthCard';
import { TimelineCard } from '../../components/dashboard/TimelineCard';
import { WordsCard } from '../../components/dashboard/WordsCard';
import { DiversityCard } from '../../components/dashboard/ml/DiversityCard';
import { EmotionTimelineCard } from '../../components/dashboard/ml/EmotionTimelineCard';
import { IntentCard } from '../../components/dashboard/ml/IntentCard';
import { LanguageCard } from '../../components/dashboard/ml/LanguageCard';
import { RevisitCard } from '../../components/dashboard/ml/RevisitCard';
import { SentimentCard } from '../../components/dashboard/ml/SentimentCard';
import { TopicsCard } from '../../components/dashboard/ml/TopicsCard';
import { GeneratedWordsCard } from '../../components/dashboard/wrapped/GeneratedWordsCard';
import { SlideContent } from '../../components/story/SlideContent';
import { StoryMlContext } from '../../components/story/slides/StoryMl';
import { WrappedCreativeContext, type WrappedCreative } from '../../components/wrapped/WrappedCreative';
import { buildAnalysis } from '../../lib/analysis/build';
import type { Analysis } from '../../lib/analysis/types';
import { coverParams } from '../../lib/art/params';
import { buildWrappedFacts, wrappedFactsSchema, type WrappedFacts } from '../../lib/gen/facts';
import { runGeneration, type GenDeps } from '../../lib/gen/run';
import { TEXT_STYLES, type GeneratedTexts, type GroundingIssue, type TextStyle } from '../../lib/gen/types';
import { openArchive } from '../../lib/ingest/archive';
import { ingestArchive } from '../../lib/ingest/ingest';
import { DEFAULT_LIMITS } from '../../lib/ingest/limits';
import type { TextEncoderPort } from '../../lib/ml/encoder-port';
import { loadTrainedHeads } from '../../lib/ml/heads/trained';
import { STUDENT_FILE } from '../../lib/ml/node/node-encoders';
import { useLitePackageDir } from '../../lib/ml/node/load-use';
import { runMlPipeline } from '../../lib/ml/pipeline/run';
import { StaticEncoder } from '../../lib/ml/student/static-encoder';
import { studentPort } from '../../lib/ml/student-port';
import type { MlAnalysis } from '../../lib/ml/types';
import { UseTokenizer, type Vocabulary } from '../../lib/ml/use/tokenizer';
import type { Conversation } from '../../lib/model/conversation';
import { createStatsCollector } from '../../lib/stats/collector';
import { periodOptions, periodSpan, type PeriodKey } from '../../lib/view/period';
import { storySlides, type SlideId } from '../../lib/view/story-slides';
import { DEFAULT_WRAPPED_LOOK } from '../../lib/view/wrapped-look';
import { buildWrappedView, type WrappedView } from '../../lib/view/wrapped-view';
import { makeZip } from './zip-fixtures';

// ---------------------------------------------------------------------------------------------
// Ingest: bytes → Analysis (+ the conversations, for the ML layer)
// ---------------------------------------------------------------------------------------------

export interface Ingested {
  analysis: Analysis;
  conversations: Conversation[];
}

/** The export's files, zipped as the service hands them out, through the CLI's ingest pass. */
export async function ingestExport(files: Record<string, string>, timeZone: string): Promise<Ingested> {
  const blob = await makeZip(files, 0);
  const name = 'export.zip';
  const archive = await openArchive(blob, name, DEFAULT_LIMITS);
  const collector = createStatsCollector();
  const conversations: Conversation[] = [];
  const ingest = await ingestArchive(archive, name, {
    limits: DEFAULT_LIMITS,
    onConversation: (conversation) => {
      collector.add(conversation);
      conversations.push(conversation);
    },
  });
  // A fixed "now", so the analysis (and every text) is a function of the case alone.
  const analysis = buildAnalysis(collector, ingest, { fileName: name, fileBytes: blob.size, contentHash: 'property' }, timeZone, new Date(Date.UTC(2027, 0, 1)));
  return { analysis, conversations };
}

// ---------------------------------------------------------------------------------------------
// The ML layer: the real pipeline on the static student
// ---------------------------------------------------------------------------------------------

let encoder: Promise<TextEncoderPort> | undefined;

/** The static student (the browser's fast encoder), without loading the USE-lite graph. */
function staticStudent(): Promise<TextEncoderPort> {
  encoder ??= (async () => {
    const [vocabulary, bytes] = await Promise.all([
      readFile(path.join(useLitePackageDir(), 'vocab.json'), 'utf8').then((text) => JSON.parse(text) as Vocabulary),
      readFile(STUDENT_FILE),
    ]);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    return studentPort(new StaticEncoder(buffer, new UseTokenizer(vocabulary)));
  })();
  return encoder;
}

/** The all-time ML analysis of the conversations, as the ML worker computes it (static encoder). */
export async function mlLayer(conversations: Conversation[], timeZone: string): Promise<MlAnalysis> {
  const [student, heads] = await Promise.all([staticStudent(), loadTrainedHeads()]);
  const { analysis } = await runMlPipeline(conversations, {
    timeZone,
    messageEncoder: student,
    conversationEncoder: student,
    heads,
    cache: null,
    now: Date.UTC(2027, 0, 1),
  });
  return analysis;
}

// ---------------------------------------------------------------------------------------------
// Generated words: what the generation worker answers
// ---------------------------------------------------------------------------------------------

export interface Written {
  texts: GeneratedTexts | null;
  /** The worker's error, as the slide shows it ("The words could not be written: …"). */
  error: Error | null;
  /** Template texts the grounding checker threw out (a template bug). */
  rejected: GroundingIssue[];
}

const NO_DEPS: GenDeps = {
  serverUrl: 'http://127.0.0.1:9/api/generate',
  hubGenerator: () => Promise.reject(new Error('no hub in the property test')),
};

/** workers/gen/gen.worker.ts `generate`, in process: parse the facts, then the template engine. */
export async function writeWords(facts: WrappedFacts, style: TextStyle, seed: number): Promise<Written> {
  try {
    const parsed = wrappedFactsSchema.parse(facts);
    const result = await runGeneration({ facts: parsed, style, seed, engine: 'template' }, NO_DEPS, new AbortController().signal, () => {});
    return { texts: result.texts, error: null, rejected: result.rejected };
  } catch (error) {
    return { texts: null, error: error instanceof Error ? error : new Error(String(error)), rejected: [] };
  }
}

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

/** One thing a person reads: a slide, a card, or the generated words themselves. */
export interface Surface {
  /** "slide:days", "card:KeyNumbers", "words:insight:night-owl", "facts". */
  id: string;
  /** Visible text, one line per block (inline elements apart by a space); alt, title, aria-label and data-speak texts on lines of their own. */
  text: string;
  /** data-value (and data-count, as "<testid>#count") of every element, with its data-testid (CountUp numbers and the like). */
  values: { testId: string | null; value: string }[];
  /** Set when rendering threw. */
  error?: string;
}

/** Everything rendered for one period, with or without the ML layer, in one writing style. */
export interface RenderedView {
  period: PeriodKey;
  withMl: boolean;
  style: TextStyle;
  view: WrappedView;
  facts: WrappedFacts;
  /** The schema's complaint about the facts, when they failed it. */
  factsError: string | null;
  written: Written;
  surfaces: Surface[];
}

const NEVER: Art = {
  renderCover: () => new Promise(() => {}),
  renderAnimation: () => new Promise(() => {}),
  renderCard: () => new Promise(() => {}),
};

function mlViewOf(ml: MlAnalysis | null): MlView {
  return {
    importId: 'property',
    analysis: ml,
    pending: ml ? null : { kind: 'waiting' },
    refreshing: false,
    retry: () => {},
    cancel: () => {},
  };
}

function creativeOf(facts: WrappedFacts, style: TextStyle, seed: number, written: Written): WrappedCreative {
  const look = { ...DEFAULT_WRAPPED_LOOK, textStyle: style, textSeed: seed };
  return {
    look,
    loaded: true,
    update: () => {},
    regenerate: () => {},
    facts,
    cover: coverParams(facts, look.coverStyle, look.coverSeed, look.coverVariation),
    texts: written.texts,
    textsPending: false,
    textsError: written.error,
    fallbackReason: null,
    rejected: written.rejected,
  };
}

const BLOCK_TAGS = 'p|div|li|ol|ul|dl|dt|dd|h[1-6]|section|header|footer|nav|figure|figcaption|button|main|article|table|tr|td|th|label|br';
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (match, name: string) => {
    const known = ENTITIES[name.toLowerCase()];
    if (known !== undefined) return known;
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return match;
  });
}

/** What a person reads in the markup: text by block, plus the texts of alt, title, aria-label and data-speak. */
export function surfaceOf(id: string, html: string): Surface {
  const values: Surface['values'] = [];
  const spoken: string[] = [];
  for (const [, attributes] of html.matchAll(/<[a-z][a-z0-9]*\s([^>]*)>/gi)) {
    const attribute = (name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes!)?.[1];
    const testId = attribute('data-testid') ?? null;
    const value = attribute('data-value');
    if (value !== undefined) values.push({ testId, value: decode(value) });
    const count = attribute('data-count');
    if (count !== undefined) values.push({ testId: testId && `${testId}#count`, value: decode(count) });
    for (const name of ['alt', 'title', 'aria-label', 'data-speak']) {
      const said = attribute(name);
      if (said) spoken.push(`[${name}] ${decode(said)}`);
    }
  }
  const text = decode(
    html
      .replace(/<!--.*?-->/g, '')
      .replace(new RegExp(`</?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi'), '\n')
      // Inline elements are laid out apart too ("1" and "4 models answered you" in a flex row are not "14").
      .replace(/<[^>]+>/g, ' '),
  )
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return { id, text: [...text, ...spoken].join('\n'), values };
}

function render(id: string, element: ReactElement, providers: (children: ReactNode) => ReactElement): Surface {
  try {
    return surfaceOf(id, renderToStaticMarkup(providers(element)));
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { id, text: '', values: [], error: message };
  }
}

/**
 * The dashboard cards as components/dashboard/Dashboard.tsx wires them: each takes its part of
 * the view model by the view's own field names (`stats`, `persona`, `models`, `achievements`…).
 * Passed as one props bag (the whole view spread, plus `view` and `analysis`), so a card that
 * moves to another field of the view keeps rendering here.
 */
function dashboardCards(analysis: Analysis, view: WrappedView): [string, ReactElement][] {
  // `key` (the period) is left out: React keeps that prop name for itself.
  const { key: _period, ...fields } = view;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const props: any = { ...fields, view, analysis };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const card = (Component: (props: any) => ReactNode) => <Component {...props} />;
  return [
    [
      'DashboardHeader',
      <DashboardHeader
        key="header"
        source={analysis.source}
        firstAt={analysis.stats.firstAt}
        lastAt={analysis.stats.lastAt}
        timeZone={analysis.stats.timeZone}
        options={periodOptions(analysis)}
        period={view.key}
        onPeriodChange={() => {}}
      />,
    ],
    ['PersonaCard', card(PersonaCard)],
    ['KeyNumbers', card(KeyNumbers)],
    ['HeatmapCard', card(HeatmapCard)],
    ['ModelsCard', card(ModelsCard)],
    ['TimelineCard', card(TimelineCard)],
    ['PromptLengthCard', card(PromptLengthCard)],
    ['ContentKindsCard', card(ContentKindsCard)],
    ['WordsCard', card(WordsCard)],
    ['AchievementsCard', card(AchievementsCard)],
    ['GeneratedWordsCard', <GeneratedWordsCard key="words" />],
  ];
}

/**
 * The dashboard's ML cards as components/dashboard/ml/MlSection.tsx renders them once the ML
 * layer is there (TopicMapCard left out: it needs the Next app router).
 */
function mlCards(view: WrappedView, ml: MlAnalysis): [string, ReactElement][] {
  const span = periodSpan(view);
  return [
    ['DiversityCard', <DiversityCard key="diversity" diversity={ml.diversity} topics={ml.topics.length} />],
    ['TopicsCard', <TopicsCard key="topics" topics={ml.topics} view={view} />],
    ['EmotionTimelineCard', <EmotionTimelineCard key="emotions" emotions={ml.emotions} span={span} />],
    ['IntentCard', <IntentCard key="intents" intents={ml.intents} politeness={ml.politeness} />],
    ['SentimentCard', <SentimentCard key="sentiment" sentiment={ml.sentiment} toxicity={ml.toxicity} span={span} />],
    ['LanguageCard', <LanguageCard key="language" language={ml.language} />],
    ['RevisitCard', <RevisitCard key="revisit" revisit={ml.revisit} />],
  ];
}

/** The generated words on their own, one surface per text (the dashboard lists every insight). */
function wordSurfaces(texts: GeneratedTexts | null): Surface[] {
  if (!texts) return [];
  const surface = (id: string, text: string): Surface => ({ id, text, values: [] });
  return [
    surface('words:tagline', texts.tagline),
    surface('words:persona', texts.persona),
    ...texts.insights.map((insight) => surface(`words:insight:${insight.id}`, insight.text)),
    ...Object.entries(texts.achievements).map(([id, text]) => surface(`words:achievement:${id}`, text)),
  ];
}

/** True when the surface shows any of the generated texts (or an error in their place). */
function shows(surface: Surface, texts: GeneratedTexts | null): boolean {
  if (!texts) return true;
  const flat = surface.text.replace(/\s+/g, ' ');
  const pieces = [texts.tagline, texts.persona, ...texts.insights.map((insight) => insight.text), ...Object.values(texts.achievements)];
  return pieces.some((piece) => piece.trim() !== '' && flat.includes(piece.replace(/\s+/g, ' ').trim()));
}

export interface RenderOptions {
  /** Writing styles to render (default: all five). */
  styles?: readonly TextStyle[];
  /** The words' seed (the stored look's textSeed). */
  seed?: number;
}

/** Every period × {no ML, ML} × style of one ingested export, rendered. */
export async function renderWrapped({ analysis }: Ingested, ml: MlAnalysis, options: RenderOptions = {}): Promise<RenderedView[]> {
  const styles = options.styles ?? TEXT_STYLES;
  const seed = options.seed ?? DEFAULT_WRAPPED_LOOK.textSeed;
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, enabled: false } } });
  const out: RenderedView[] = [];
  for (const { key } of periodOptions(analysis)) {
    for (const layer of [null, ml]) {
      const view = buildWrappedView(analysis, key, layer);
      const facts = buildWrappedFacts(view);
      const checked = wrappedFactsSchema.safeParse(facts);
      const factsError = checked.success ? null : checked.error.message;
      const firstStyle = new Map<string, Surface>();
      const wordsSeen = new Set<string>();
      let wordsShownIn: Set<string> | null = null;
      for (const style of styles) {
        const written = await writeWords(facts, style, seed);
        const creative = creativeOf(facts, style, seed, written);
        const providers = (children: ReactNode) => (
          <QueryClientProvider client={queryClient}>
            <ArtContext.Provider value={NEVER}>
              <StoryMlContext.Provider value={mlViewOf(layer)}>
                <WrappedCreativeContext.Provider value={creative}>{children}</WrappedCreativeContext.Provider>
              </StoryMlContext.Provider>
            </ArtContext.Provider>
          </QueryClientProvider>
        );
        // Only the surfaces that show generated words change with the style: the first style renders
        // everything, the others re-render what showed the first style's words (same output otherwise).
        const elements: [string, ReactElement][] = [
          ...storySlides(view).map(({ id }): [string, ReactElement] => [
            `slide:${id}`,
            <SlideContent key={id} id={id as SlideId} analysis={analysis} view={view} onReplay={() => {}} />,
          ]),
          ...[...dashboardCards(analysis, view), ...(layer ? mlCards(view, layer) : [])].map(([name, element]): [string, ReactElement] => [`card:${name}`, element]),
        ];
        const surfaces: Surface[] = [];
        for (const [id, element] of elements) {
          if (wordsShownIn !== null && !wordsShownIn.has(id)) {
            surfaces.push(firstStyle.get(id)!);
            continue;
          }
          const surface = render(id, element, providers);
          surfaces.push(surface);
          if (wordsShownIn === null) {
            firstStyle.set(id, surface);
            if (surface.error || shows(surface, written.texts)) wordsSeen.add(id);
          }
        }
        // The cover's alt text is what a screen reader says for it (the image itself is drawn by a worker).
        surfaces.push({ id: 'slide:cover:alt', text: coverAlt(creative.cover), values: [] });
        surfaces.push(...wordSurfaces(written.texts));
        wordsShownIn ??= wordsSeen;
        out.push({ period: key, withMl: layer !== null, style, view, facts, factsError, written, surfaces });
      }
    }
  }
  return out;
}
