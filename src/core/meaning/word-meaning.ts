/** What the pair features may know about English words beyond their stems. Hosts install it once
 *  the vectors and WordNet are loaded (see meaning/install.ts); without it every word weighs the
 *  same and only identical stems (or lexicon translations) match. */
export interface WordMeaning {
  /** Similarity in [0, 1] of two English words as written (any case): 1 for the same word, 0 when
   *  either is unknown or they are unrelated. */
  similarity(a: string, b: string): number;
  /** True when WordNet relates the two words' base forms (synonyms, derivations, one hypernym
   *  step). */
  related(a: string, b: string): boolean;
  /** How informative a word is, in (0, 1]: rare words near 1, the commonest near 0. 1 when
   *  unknown (names and rare words are what a statement is about). */
  informativeness(word: string): number;
  /** Words that may stand for this one in a paraphrase, most similar first: its nearest
   *  neighbours in the vector space and its WordNet synonyms, each with a similarity in (0, 1]. */
  alternatives(word: string): { word: string; similarity: number }[];
}

let installed: WordMeaning | null = null;

export function installWordMeaning(meaning: WordMeaning | null): void {
  installed = meaning;
}

export function wordMeaning(): WordMeaning | null {
  return installed;
}
