export { buildSearchIndex, HybridSearchIndex, DEFAULT_LIMIT } from './hybrid';
export { meaningQuery, similarityFloor, MIN_SIMILARITY, NULL_ANCHORS, NULL_MARGIN } from './floor';
export type { MeaningQuery } from './floor';
export type { SearchHit, SearchOptions, SearchRecord } from './hybrid';
export { reciprocalRankFusion, RRF_K } from './fusion';
export type { Fused } from './fusion';
export { makeSnippet, SNIPPET_LENGTH } from './snippet';
export type { Snippet } from './snippet';
