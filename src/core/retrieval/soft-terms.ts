import { wordMeaning } from '../meaning/word-meaning';
import { stem, tokenize } from '../text/terms';
import type { Language } from '../types';

/** A query term that stands for a claim word without being it: a near neighbour in the vector
 *  space or a WordNet synonym. It finds and scores candidates at `weight` × its idf. */
export interface SoftTerm {
  term: string;
  weight: number;
}

/** Alternatives per claim word: enough for "tour" to reach "inspect" and "chief" to reach
 *  "minister", few enough that a 40-claim check reads a bounded number of extra postings. */
const PER_WORD = 3;
/** Soft terms count for at most this share of an exact term's weight. */
const SOFT_WEIGHT = 0.6;

/** Soft query terms of an English claim: index terms of each content word's alternatives that
 *  are not among the claim's own terms, weighted by their similarity below exact terms. Empty
 *  without word meaning or for other languages. */
export function softQueryTerms(
  text: string,
  language: Language,
  exact: readonly string[],
): SoftTerm[] {
  const meaning = language === 'en' ? wordMeaning() : null;
  if (!meaning) return [];
  const own = new Set(exact);
  const best = new Map<string, number>();
  for (const token of tokenize(text, language)) {
    if (token.stop || token.capitalised || /\d/.test(token.text)) continue;
    for (const { word, similarity } of meaning
      .alternatives(token.text.toLowerCase())
      .slice(0, PER_WORD)) {
      const term = stem(word, 'en');
      if (own.has(term)) continue;
      const weight = SOFT_WEIGHT * similarity;
      if (weight > (best.get(term) ?? 0)) best.set(term, weight);
    }
  }
  return [...best].map(([term, weight]) => ({ term, weight }));
}
