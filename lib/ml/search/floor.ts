/**
 * The relevance floor for meaning matches: how similar a message must be to the query before search
 * shows it as a "Meaning" hit. Two tests, both must pass:
 *
 *   similarity(query, message) ≥ max(MIN_SIMILARITY, nullSimilarity(query) + NULL_MARGIN)
 *
 * where nullSimilarity(query) is the query's highest similarity to NULL_ANCHORS, a few content-free
 * messages ("ok", "go on", "thanks", …). In words: a message counts as meaning the same as the query
 * only if it is clearly closer to the query than text that means nothing is.
 *
 * Why not one fixed cosine: the student encoder (static USE-lite pieces + a shared bias) is
 * anisotropic. Every vector shares a large common direction, so unrelated pairs sit around 0.2, not
 * 0, and a query the encoder can't place ("zzqx nonsense", a keyboard mash) lands on that common
 * direction, next to every short generic message, at 0.5–0.7. A fixed floor high enough to silence
 * those also drops most real paraphrase matches. The anchor test is per query: for "zzqx" the
 * anchors score 0.73, so nothing below 0.78 counts; for "why is the sky blue" they score 0.45 and
 * the Rayleigh-scattering message at 0.64 passes.
 *
 * How the numbers were measured (scripts/ml/calibrate-search-floor.ts reruns it): the real student
 * (student-v1.bin) in Node via nodeEncoders(), over the distinct non-filler user messages of 300
 * seeded demo conversations (385 texts);
 * - 54 "related" queries written in other words than their target ("footwear for jogging" →
 *   the running-shoes message, "how stars collapse" → black holes), and 51 "null" queries with no
 *   answer in the corpus: 27 nonsense ("zzqx nonsense", "qwertyuiop", "lorem ipsum dolor", "blah
 *   blah") and 24 off-topic ("quantum chromodynamics", "snowboarding", "divorce lawyer").
 * - Raw cosine (first 30 related queries): pairs of a query and a message it is not about have
 *   median 0.20, 99th percentile 0.53, max 0.77; a query's best target has median 0.61, 10th
 *   percentile 0.47. Fixed floors: at 0.50, 23/27 nonsense queries still
 *   get hits (3.96 hits per null query); at 0.60, 10/27 do and the target is found for 27/54; at
 *   0.70, 1/27 still does and the target is found for only 11/54.
 * - This rule at MIN_SIMILARITY 0.45, NULL_MARGIN 0.05: the target is found for 37/54 related
 *   queries, no nonsense query gets any hit, 7/24 off-topic queries keep a hit (0.51 hits per null
 *   query; near-topics such as "gardening tomatoes" → a vegetarian recipe). Margin 0 lets one
 *   nonsense query through; 0.10 loses 5 more related queries. A second corpus (seed 7) gave 38/51
 *   and 0/27 nonsense; five anchors instead of twelve gave 38/54 and 0/27.
 * The price: a paraphrase the student scores low ("why is my plant sick" → "The leaves on my
 * monstera are turning yellow…", 0.38) is not a meaning hit. It is still found when it shares a word with the query.
 * Keyword hits don't go through this floor: they need a real term match (hybrid.ts).
 */
import type { TextEncoderPort } from '../encoder-port';
import { isFiller } from '../filler';

/** No meaning hit below this cosine, whatever the anchors say. */
export const MIN_SIMILARITY = 0.45;
/** How far above its similarity to content-free text a message must be. */
export const NULL_MARGIN = 0.05;
/** Content-free messages: what the encoder makes of text with no topic. */
export const NULL_ANCHORS: readonly string[] = ['ok', 'yes', 'thanks', 'go on', 'continue', 'more', 'next', 'sure', 'hmm', 'cool', 'lol', 'ok thanks'];

function dot(a: Float32Array, aOffset: number, b: Float32Array, bOffset: number, dim: number): number {
  let sum = 0;
  for (let d = 0; d < dim; d++) sum += a[aOffset + d]! * b[bOffset + d]!;
  return sum;
}

/**
 * The cosine a message needs to count as a meaning match for this query (unit vectors, `anchors`
 * row-major, one row per NULL_ANCHORS text).
 */
export function similarityFloor(query: Float32Array, anchors: Float32Array, dim: number): number {
  let nullSimilarity = -Infinity;
  for (let offset = 0; offset + dim <= anchors.length; offset += dim) nullSimilarity = Math.max(nullSimilarity, dot(query, 0, anchors, offset, dim));
  return Math.max(MIN_SIMILARITY, nullSimilarity + NULL_MARGIN);
}

export interface MeaningQuery {
  /** The query's unit vector, from the same encoder as the messages. */
  vector: Float32Array;
  /** Pass as SearchOptions.minSimilarity. Infinity when the query itself is filler. */
  minSimilarity: number;
}

const anchorVectors = new WeakMap<TextEncoderPort, Promise<Float32Array>>();

/** Embeds the query and works out its floor (the anchors are embedded once per encoder). */
export async function meaningQuery(encoder: TextEncoderPort, query: string): Promise<MeaningQuery> {
  let anchors = anchorVectors.get(encoder);
  if (!anchors) {
    anchors = encoder.embed(NULL_ANCHORS);
    anchorVectors.set(encoder, anchors);
    anchors.catch(() => anchorVectors.delete(encoder));
  }
  const [vector, anchorRows] = await Promise.all([encoder.embed([query]), anchors]);
  // "thanks" or "go on" as a query has no meaning to match: words only.
  const minSimilarity = isFiller(query) ? Infinity : similarityFloor(vector, anchorRows, encoder.dimensions);
  return { vector, minSimilarity };
}
