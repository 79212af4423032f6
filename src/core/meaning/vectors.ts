// English word vectors (GloVe, 100 dimensions, int8) and their precomputed nearest neighbours,
// read from `engine/en-vectors.bin` (format in ./vector-format).
import { baseForms, type Lexicon } from './lemma';
import { decodeWordVectors } from './vector-format';

export interface WordNeighbour {
  word: string;
  similarity: number;
}

export interface WordVectors {
  /** Words in the vocabulary. */
  readonly size: number;
  readonly dimensions: number;
  /** Whether `word` (lowercased) or one of its base forms has a vector. */
  has(word: string): boolean;
  /** The vocabulary index of `word` lowercased, else of its first base form in the vocabulary
   *  (see ./lemma), else -1. Lower indices are more frequent words. */
  index(word: string): number;
  /** The word at a vocabulary index. */
  word(index: number): string;
  /** Cosine similarity of the two words' vectors, in [-1, 1]; NaN when either has no vector
   *  (even for two identical strings: a missing word is unknown, not dissimilar). */
  similarity(a: string, b: string): number;
  /** The same for two vocabulary indices (no checks: both must be valid). */
  similarityByIndex(i: number, j: number): number;
  /** Up to 8 nearest words with cosine >= 0.55, nearest first, precomputed for the most frequent
   *  words (about 25,000) among the most frequent (about 30,000); empty for other words.
   *  Similarities are quantised to 1/255. */
  neighbours(word: string): WordNeighbour[];
  /** The word's unit-length vector, dequantised (a copy); null when it has none. */
  vector(word: string): Float32Array | null;
}

export interface WordVectorOptions {
  /** Decides which base forms are real when a word is not in the vocabulary; by default any
   *  base form that is itself in the vocabulary. */
  lexicon?: Lexicon;
}

const MISS_CACHE_LIMIT = 20_000;

export function parseWordVectors(bytes: Uint8Array, options: WordVectorOptions = {}): WordVectors {
  const t = decodeWordVectors(bytes);
  const d = t.dimensions;
  const q = t.components;
  const n = t.words.length;
  const byWord = new Map<string, number>();
  t.words.forEach((w, i) => byWord.set(w, i));
  // 1 / |q| of each quantised vector, so that the int8 dot product gives the cosine directly.
  const inverseNorm = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let k = i * d, end = k + d; k < end; k++) sum += (q[k] as number) * (q[k] as number);
    inverseNorm[i] = sum > 0 ? 1 / Math.sqrt(sum) : 0;
  }
  const lexicon: Lexicon = options.lexicon ?? ((w) => byWord.has(w));
  // Words looked up that are not in the vocabulary as written, and what they fell back to.
  const fallback = new Map<string, number>();

  const index = (word: string): number => {
    const exact = byWord.get(word);
    if (exact !== undefined) return exact;
    const w = word.toLowerCase();
    const lower = byWord.get(w);
    if (lower !== undefined) return lower;
    const cached = fallback.get(w);
    if (cached !== undefined) return cached;
    let found = -1;
    for (const form of baseForms(w, lexicon)) {
      const i = byWord.get(form);
      if (i !== undefined) {
        found = i;
        break;
      }
    }
    if (fallback.size >= MISS_CACHE_LIMIT) fallback.clear();
    fallback.set(w, found);
    return found;
  };

  const similarityByIndex = (i: number, j: number): number => {
    let dot = 0;
    for (let a = i * d, b = j * d, end = a + d; a < end; a++, b++)
      dot += (q[a] as number) * (q[b] as number);
    return dot * (inverseNorm[i] as number) * (inverseNorm[j] as number);
  };

  return {
    size: n,
    dimensions: d,
    has: (word) => index(word) >= 0,
    index,
    word: (i) => {
      const w = t.words[i];
      if (w === undefined) throw new RangeError(`word vectors: no word at index ${i}`);
      return w;
    },
    similarity(a, b) {
      const i = index(a);
      const j = index(b);
      return i < 0 || j < 0 ? NaN : similarityByIndex(i, j);
    },
    similarityByIndex,
    neighbours(word) {
      const i = index(word);
      if (i < 0 || i >= t.neighbourCounts.length) return [];
      const from = t.neighbourOffsets[i] as number;
      const out: WordNeighbour[] = [];
      for (let e = from; e < from + (t.neighbourCounts[i] as number); e++)
        out.push({
          word: t.words[t.neighbourIndex[e] as number] as string,
          similarity: (t.neighbourSimilarity[e] as number) / 255,
        });
      return out;
    },
    vector(word) {
      const i = index(word);
      if (i < 0) return null;
      const v = new Float32Array(d);
      const scale = t.scales[i] as number;
      for (let k = 0; k < d; k++) v[k] = (q[i * d + k] as number) * scale;
      return v;
    },
  };
}
