// The stopword package ships no types; we only use its word lists.
declare module 'stopword' {
  export const eng: string[];
}
