/**
 * The SentencePiece-style tokenizer of Universal Sentence Encoder lite: a Viterbi search over a
 * unigram vocabulary (piece, log-probability). Ported from @tensorflow-models/universal-sentence-encoder
 * (Apache-2.0), which peers TF.js 3, so we own these few lines instead of the package.
 */
export type Vocabulary = ReadonlyArray<readonly [piece: string, score: number]>;

const WORD_START = '\u2581';
/** The first ids are <unk>, <s>, </s> and three extras, never produced by matching text. */
const RESERVED_PIECES = 6;
export const UNKNOWN_ID = 0;

interface TrieNode {
  children: Map<string, TrieNode>;
  id: number;
}

export class UseTokenizer {
  private readonly root: TrieNode = { children: new Map(), id: -1 };
  private readonly pieceLengths: Int32Array;
  private readonly scores: Float64Array;

  constructor(readonly vocabulary: Vocabulary) {
    this.pieceLengths = new Int32Array(vocabulary.length);
    this.scores = new Float64Array(vocabulary.length);
    for (let id = 0; id < vocabulary.length; id++) {
      const [piece, score] = vocabulary[id]!;
      const chars = Array.from(piece);
      this.pieceLengths[id] = chars.length;
      this.scores[id] = score;
      if (id < RESERVED_PIECES) continue;
      let node = this.root;
      for (const char of chars) {
        let next = node.children.get(char);
        if (!next) {
          next = { children: new Map(), id: -1 };
          node.children.set(char, next);
        }
        node = next;
      }
      node.id = id;
    }
  }

  get size(): number {
    return this.vocabulary.length;
  }

  /** Piece ids for one text; an empty text gives an empty array. At most `maxTokens` ids are kept. */
  encode(text: string, maxTokens = Infinity): number[] {
    const normalized = text.normalize('NFKC').trim();
    if (!normalized) return [];
    const symbols = Array.from(WORD_START + normalized.replace(/\s+/g, WORD_START));
    const length = symbols.length;
    // best[end] = best score of a segmentation of symbols[0, end); lastId[end] = its final piece.
    const best = new Float64Array(length + 1).fill(-Infinity);
    const lastId = new Int32Array(length + 1).fill(UNKNOWN_ID);
    const lastLength = new Int32Array(length + 1).fill(1);
    best[0] = 0;
    for (let start = 0; start < length; start++) {
      const base = best[start]!;
      if (base === -Infinity) continue;
      let node: TrieNode | undefined = this.root;
      let matched = false;
      for (let end = start; end < length && node; end++) {
        node = node.children.get(symbols[end]!);
        if (node && node.id >= 0) {
          matched = true;
          const score = base + this.scores[node.id]!;
          if (score >= best[end + 1]!) {
            best[end + 1] = score;
            lastId[end + 1] = node.id;
            lastLength[end + 1] = end + 1 - start;
          }
        }
      }
      // A character no piece covers becomes <unk>, with a large penalty so pieces win elsewhere.
      if (!matched && base - 100 > best[start + 1]!) {
        best[start + 1] = base - 100;
        lastId[start + 1] = UNKNOWN_ID;
        lastLength[start + 1] = 1;
      }
    }
    const reversed: number[] = [];
    for (let end = length; end > 0; end -= lastLength[end]!) reversed.push(lastId[end]!);
    const ids: number[] = [];
    for (let i = reversed.length - 1; i >= 0; i--) {
      const id = reversed[i]!;
      // Runs of unknown characters collapse into one <unk>, as in the original.
      if (id === UNKNOWN_ID && ids[ids.length - 1] === UNKNOWN_ID) continue;
      ids.push(id);
      if (ids.length >= maxTokens) break;
    }
    return ids;
  }
}
