// English meaning beyond identical stems: word vectors and WordNet, loaded once per host.
import type { AssetReader } from '../assets';
import { parseWordVectors, type WordVectors } from './vectors';
import { parseWordNet, type WordNet } from './wordnet';

export { baseForms, candidateLemmas, lemmatise, type Lexicon, type LemmaPos } from './lemma';
export type { WordNeighbour, WordVectors } from './vectors';
export type { WordNet, WordNetRelation } from './wordnet';
export { parseWordVectors, parseWordNet };

export const VECTORS_ASSET = 'engine/en-vectors.bin';
export const WORDNET_ASSET = 'engine/en-wordnet.txt';

export interface Meaning {
  vectors: WordVectors;
  wordnet: WordNet;
}

let loading: Promise<Meaning> | null = null;
let loaded: Meaning | null = null;

/** Reads and parses both assets in parallel, once per host lifetime: later calls share the
 *  first call's promise. A failed load rejects, and the next call tries again. */
export function loadMeaning(read: AssetReader): Promise<Meaning> {
  loading ??= Promise.all([read(VECTORS_ASSET), read(WORDNET_ASSET)])
    .then(([vectorBytes, wordnetBytes]) => {
      loaded = { vectors: parseWordVectors(vectorBytes), wordnet: parseWordNet(wordnetBytes) };
      return loaded;
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** The meaning resources if a load has finished, else null (for code that must not wait). */
export function loadedMeaning(): Meaning | null {
  return loaded;
}
