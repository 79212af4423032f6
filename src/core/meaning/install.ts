import type { Meaning } from './index';
import { installWordMeaning, type WordMeaning } from './word-meaning';

/** Vector neighbours below this similarity are not offered as alternatives: at 0.55–0.6 GloVe's
 *  neighbours are mostly words of the same topic ("missile" → "nuclear"), not stand-ins. */
const ALTERNATIVE_MIN = 0.6;
/** Similarity credited to a WordNet synonym that the vectors rate lower. */
const SYNONYM_SIMILARITY = 0.8;
/** Vocabulary positions follow GloVe's frequency order; a word's informativeness grows with the
 *  log of its position, reaching 1 at this position and beyond (and for unknown words). */
const RARE_POSITION = 100_000;

/** The judge's and retrieval's view of the loaded vectors and WordNet. */
export function wordMeaningOf({ vectors, wordnet }: Meaning): WordMeaning {
  const informativeness = new Map<string, number>();
  return {
    similarity(a, b) {
      const x = a.toLowerCase();
      const y = b.toLowerCase();
      if (x === y) return 1;
      const similarity = vectors.similarity(x, y);
      return Number.isNaN(similarity) ? 0 : Math.max(0, Math.min(1, similarity));
    },
    related(a, b) {
      const relation = wordnet.relation(a.toLowerCase(), b.toLowerCase());
      return relation !== null && relation !== 'same';
    },
    informativeness(word) {
      const key = word.toLowerCase();
      let value = informativeness.get(key);
      if (value === undefined) {
        const position = vectors.index(key);
        value = position < 0 ? 1 : Math.min(1, Math.log(position + 20) / Math.log(RARE_POSITION));
        informativeness.set(key, value);
      }
      return value;
    },
    alternatives(word) {
      const key = word.toLowerCase();
      const found = new Map<string, number>();
      for (const { word: other, similarity } of vectors.neighbours(key))
        if (similarity >= ALTERNATIVE_MIN) found.set(other, similarity);
      for (const synonym of wordnet.synonyms(key))
        if (synonym !== key)
          found.set(synonym, Math.max(found.get(synonym) ?? 0, SYNONYM_SIMILARITY));
      return [...found]
        .map(([other, similarity]) => ({ word: other, similarity }))
        .sort((x, y) => y.similarity - x.similarity);
    },
  };
}

/** Makes the loaded resources the ones the judge and retrieval use. */
export function installMeaning(meaning: Meaning): void {
  installWordMeaning(wordMeaningOf(meaning));
}
