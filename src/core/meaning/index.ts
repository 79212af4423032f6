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

export interface MeaningLoader {
  /** Reads and parses both assets in parallel, once: later calls share the first call's
   *  promise. A failed load rejects, and the next call tries again. */
  load(read: AssetReader): Promise<Meaning>;
  /** The resources if a load has finished, else null (for code that must not wait). */
  loaded(): Meaning | null;
}

export function createMeaningLoader(): MeaningLoader {
  let loading: Promise<Meaning> | null = null;
  let loaded: Meaning | null = null;
  return {
    load(read) {
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
    },
    loaded: () => loaded,
  };
}

/** The host's one loader: one load per host lifetime. */
const hostLoader = createMeaningLoader();

export const loadMeaning = (read: AssetReader) => hostLoader.load(read);
export const loadedMeaning = () => hostLoader.loaded();
