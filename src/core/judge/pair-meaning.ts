import type { SentenceFeatures } from '../features';
import type { WordMeaning } from '../meaning/word-meaning';

/** Word similarity and WordNet relation between the tokens of two sentences, by token index, each
 *  pair looked up at most once: both alignment directions and the soft cosine read the same pairs,
 *  and a lookup (two vocabulary lookups and a 100-d product, or a few set lookups) is most of the
 *  cost of judging a pair. */
export interface PairMeaning {
  similarity(i: number, j: number): number;
  related(i: number, j: number): boolean;
}

const UNKNOWN = -1;

export function pairMeaning(
  a: SentenceFeatures,
  b: SentenceFeatures,
  meaning: WordMeaning,
): PairMeaning {
  const width = b.tokens.length;
  const size = a.tokens.length * width;
  const similarities = new Float32Array(size).fill(UNKNOWN);
  const relations = new Int8Array(size).fill(UNKNOWN);
  const text = (x: SentenceFeatures, i: number) => x.tokens[i]?.text ?? '';
  return {
    similarity(i, j) {
      const at = i * width + j;
      let value = similarities[at] ?? UNKNOWN;
      if (value === UNKNOWN) similarities[at] = value = meaning.similarity(text(a, i), text(b, j));
      return value;
    },
    related(i, j) {
      const at = i * width + j;
      let value = relations[at] ?? UNKNOWN;
      if (value === UNKNOWN)
        relations[at] = value = meaning.related(text(a, i), text(b, j)) ? 1 : 0;
      return value === 1;
    },
  };
}

/** The same lookups from the other sentence's side (both relations are symmetric). */
export function flipped(pair: PairMeaning): PairMeaning {
  return {
    similarity: (i, j) => pair.similarity(j, i),
    related: (i, j) => pair.related(j, i),
  };
}
