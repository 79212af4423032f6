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

/** Per-word lookups remembered: a check compares each claim word with the words of dozens of
 *  candidate sentences, and news vocabulary repeats. Cleared when full, so memory stays bounded. */
const WORD_CACHE_LIMIT = 200_000;

/** The judge's and retrieval's view of the loaded vectors and WordNet. */
export function wordMeaningOf({ vectors, wordnet }: Meaning): WordMeaning {
  const informativenessCache = new Map<string, number>();
  // Per word as written, its vocabulary index (lower-cased, else a base form's): looked up once.
  const indices = new Map<string, number>();
  const alternativesCache = new Map<string, { word: string; similarity: number }[]>();
  const indexOf = (word: string) =>
    remembered(indices, word, () => vectors.index(word.toLowerCase()));
  // Per word, WordNet's base forms and related lemmas (synonyms, derivations, direct hypernyms):
  // two words are related when a form of one is among the other's related lemmas, which is what
  // WordNet.relation answers, at a set lookup per pair instead of a synset walk.
  const forms = new Map<string, Set<string>>();
  const relatedLemmas = new Map<string, Set<string>>();
  const formsOf = (word: string) =>
    remembered(forms, word.toLowerCase(), () => {
      const lower = word.toLowerCase();
      return new Set([lower, ...wordnet.baseForms(lower)]);
    });
  const relatedOf = (word: string) =>
    remembered(
      relatedLemmas,
      word.toLowerCase(),
      () => new Set(wordnet.related(word.toLowerCase())),
    );
  const remembered = <T>(cache: Map<string, T>, key: string, compute: () => T): T => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
      cache.set(key, (value = compute()));
    }
    return value;
  };
  return {
    similarity(a, b) {
      if (a === b) return 1;
      const i = indexOf(a);
      const j = indexOf(b);
      if (i < 0 || j < 0) return 0;
      if (i === j) return 1;
      const similarity = vectors.similarityByIndex(i, j);
      return Number.isNaN(similarity) ? 0 : Math.max(0, Math.min(1, similarity));
    },
    related(a, b) {
      const x = formsOf(a);
      const y = formsOf(b);
      for (const form of x) if (y.has(form)) return false;
      const ofX = relatedOf(a);
      for (const form of y) if (ofX.has(form)) return true;
      const ofY = relatedOf(b);
      for (const form of x) if (ofY.has(form)) return true;
      return false;
    },
    informativeness(word) {
      return remembered(informativenessCache, word.toLowerCase(), () => {
        const position = indexOf(word);
        return position < 0 ? 1 : Math.min(1, Math.log(position + 20) / Math.log(RARE_POSITION));
      });
    },
    alternatives(word) {
      return remembered(alternativesCache, word.toLowerCase(), () => {
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
      });
    },
  };
}

/** Makes the loaded resources the ones the judge and retrieval use. */
export function installMeaning(meaning: Meaning): void {
  installWordMeaning(wordMeaningOf(meaning));
}
