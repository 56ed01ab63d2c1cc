export { buildSearchIndex, HybridSearchIndex, DEFAULT_LIMIT, MIN_SIMILARITY } from './hybrid';
export type { SearchHit, SearchOptions, SearchRecord } from './hybrid';
export { reciprocalRankFusion, RRF_K } from './fusion';
export type { Fused } from './fusion';
export { makeSnippet, SNIPPET_LENGTH } from './snippet';
export type { Snippet } from './snippet';
