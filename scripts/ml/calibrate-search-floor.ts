/**
 * Re-measures the relevance floor of floor.ts with the real student encoder in Node:
 *
 *   npx tsx scripts/ml/calibrate-search-floor.ts [seed]
 *
 * Corpus: the distinct, non-filler user messages of 300 seeded demo conversations. "Related"
 * queries are written in other words than the message they should find; "null" queries have no
 * answer in the corpus (nonsense, and topics the demo never touches). For each rule it prints how
 * many related queries still find their message and how many null queries get any meaning hit.
 */
import { isFiller } from '../../lib/ml/filler';
import { nodeEncoders } from '../../lib/ml/node/node-encoders';
import { collectMlInputs } from '../../lib/ml/pipeline/collect';
import { demoConversations } from '../../lib/ml/pipeline/test-conversations';
import { MIN_SIMILARITY, NULL_ANCHORS, NULL_MARGIN } from '../../lib/ml/search/floor';

const RELATED: [query: string, target: RegExp][] = [
  ['footwear for jogging', /running shoes/i], ['cheap sneakers for runners', /running shoes/i], ['job application letter', /cover letter/i],
  ['leg pain from running', /shin splints/i], ['cooking ahead for the week', /meal prep/i], ['why is the sky blue', /Rayleigh/i],
  ['bread starter microbes', /sourdough starter/i], ['inflation and interest rates', /interest rates/i], ['trip to Tokyo', /Japan/i],
  ['wedding speech', /toast for my sister/i], ['vegetarian protein meals', /high-protein vegetarian/i], ['insomnia tips', /fall asleep/i],
  ['heat pump grants', /heat pump/i], ['laptop for programming', /laptop for web development/i], ['Portuguese grammar verbs', /ser and estar/i],
  ['half marathon training', /half marathon/i], ['drawing of my cat in space', /astronaut/i], ['delete duplicate lines in a spreadsheet', /duplicate rows/i],
  ['debounce input react', /debouncing/i], ['regex for dates', /regular expression for ISO dates/i], ['database migration in the browser', /IndexedDB schema/i],
  ['game night with friends', /board game night/i], ['strength training for runners', /strength routine/i], ['why do cats knead', /cats knead/i],
  ['rice leftovers recipe', /leftover rice/i], ['responsive layout css', /CSS grid/i], ['linkedin post editing', /LinkedIn post/i],
  ['kitten names', /name for a second kitten/i], ['project plan for six weeks', /six-week roadmap/i], ['bank statement cleanup', /bank statement/i],
  ['houseplant with yellow leaves', /monstera/i], ['how stars collapse', /black holes/i], ['vaccine immunology', /mRNA/i],
  ['portuguese custard tarts', /pastéis de nata/i], ['container image size', /Docker image/i], ['react rerender loop', /re-rendering/i],
  ['rust ownership error', /borrow checker/i], ['git history rewrite gone bad', /interactive rebase/i], ['slow database query', /slow Postgres query/i],
  ['sleep data analysis', /sleep tracker/i], ['present for my father', /gift for my dad/i], ['film to watch tonight', /movie for tonight/i],
  ['cloud certification study', /AWS developer certification/i], ['relocating to a new flat', /moving apartments/i], ['railway strikes', /train strikes/i],
  ['retry with backoff', /exponential backoff/i], ['sales figures chart', /quarterly sales/i], ['passive investing funds', /index funds/i],
  ['how transformers pay attention', /attention in transformer/i], ['letter to the german town hall', /Bürgeramt/i], ['hotdog sandwich debate', /hot dog/i],
  ['fiction about a lighthouse', /lighthouse keeper/i], ['morning schedule', /morning routine/i], ['performance review self evaluation', /self-assessment/i],
];
const NONSENSE = ['zzqx nonsense', 'zzqx', 'asdfgh jkl', 'qwertyuiop', 'blorf snazzle', 'xkcd zork', 'lorem ipsum dolor', 'aaaa bbbb', 'flibbertigibbet', 'hjkl', 'zxcvbnm qq', 'qqq', 'mmmm hmm', 'fjdkslaf', 'nonsense', 'asdf', 'xyzzy', 'jjjjj', 'kdjfhg', 'blah blah', 'foo bar baz', 'lkjh poiu', 'zzz', 'gibberish words here', 'wxyz', 'ppp qqq', 'random'];
const OFF_TOPIC = ['quantum chromodynamics', 'tax return deadline', 'knitting a scarf', 'changing engine oil', 'medieval castles', 'stock options vesting', 'volcano eruption', 'chess openings', 'gardening tomatoes', 'football world cup', 'divorce lawyer', 'piano lessons', 'submarine', 'electric guitar amp', 'tennis racket strings', 'mortgage refinancing', 'bird watching binoculars', 'ancient egypt pyramids', 'car insurance claim', 'snowboarding', 'aquarium fish', 'fix a leaking faucet', 'solar eclipse', 'dog obedience training'];

async function main() {
  const seed = Number(process.argv[2] ?? 2026);
  const inputs = await collectMlInputs(demoConversations(300, seed), 'UTC');
  const texts = [...new Set(inputs.messages.map((message) => message.text))].filter((text) => !isFiller(text));
  const { student } = await nodeEncoders();
  const dim = student.dimensions;
  const sims = async (queries: readonly string[]) => {
    const [corpus, q, anchors] = await Promise.all([student.embed(texts), student.embed(queries), student.embed(NULL_ANCHORS)]);
    const dot = (a: Float32Array, i: number, b: Float32Array, j: number) => {
      let sum = 0;
      for (let d = 0; d < dim; d++) sum += a[i * dim + d]! * b[j * dim + d]!;
      return sum;
    };
    return queries.map((_, i) => ({
      toTexts: texts.map((__, j) => dot(q, i, corpus, j)),
      toAnchors: Math.max(...NULL_ANCHORS.map((__, a) => dot(q, i, anchors, a))),
    }));
  };
  const related = RELATED.filter(([, target]) => texts.some((text) => target.test(text)));
  const rel = (await sims(related.map(([query]) => query))).map((row, i) => ({ ...row, isTarget: texts.map((text) => related[i]![1].test(text)) }));
  const nul = await sims([...NONSENSE, ...OFF_TOPIC]);
  console.log(`${texts.length} messages; ${rel.length} related, ${NONSENSE.length} nonsense, ${OFF_TOPIC.length} off-topic queries`);
  const report = (label: string, floor: (toAnchors: number) => number) => {
    const found = rel.filter((row) => row.toTexts.some((s, j) => row.isTarget[j] && s >= floor(row.toAnchors))).length;
    const hits = nul.map((row) => row.toTexts.filter((s) => s >= floor(row.toAnchors)).length);
    const nonsenseWithHits = hits.slice(0, NONSENSE.length).filter(Boolean).length;
    const offTopicWithHits = hits.slice(NONSENSE.length).filter(Boolean).length;
    const perNull = hits.reduce((a, b) => a + b, 0) / hits.length;
    console.log(`${label.padEnd(34)} related found ${found}/${rel.length}  nonsense with hits ${nonsenseWithHits}/${NONSENSE.length}  off-topic with hits ${offTopicWithHits}/${OFF_TOPIC.length}  hits per null query ${perNull.toFixed(2)}`);
  };
  for (const fixed of [0.3, 0.4, 0.5, 0.6, 0.7]) report(`fixed cosine ${fixed}`, () => fixed);
  for (const abs of [0.4, 0.45, 0.5]) for (const margin of [0, 0.05, 0.1]) report(`max(${abs}, anchors + ${margin})`, (a) => Math.max(abs, a + margin));
  report(`shipped: max(${MIN_SIMILARITY}, anchors + ${NULL_MARGIN})`, (a) => Math.max(MIN_SIMILARITY, a + NULL_MARGIN));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
