export { similarConversations } from './similar';
export type { SimilarHit } from './similar';
export { worthRevisiting, reasonFor, formatAge, MAX_REVISIT } from './revisit';
export type { RevisitConversation, RevisitOptions } from './revisit';
