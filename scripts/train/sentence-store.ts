// A corpus store holding loose sentences, each as a one-sentence document whose id is given: how
// the evaluation puts "all English segments of a WMT file" in front of the engine's retrieval.
import { MemoryCorpusStore, type Language } from '../../src/core';
import { indexTerms } from '../../src/core/text/terms';

export interface LooseSentence {
  id: string;
  text: string;
  language: Language;
}

export async function sentenceStore(sentences: LooseSentence[]): Promise<MemoryCorpusStore> {
  const store = new MemoryCorpusStore();
  await store.addDocuments(
    sentences.map(({ id, text, language }) => ({
      document: {
        id,
        title: '',
        outlet: null,
        language,
        file: null,
        url: null,
        published: null,
        importedAt: 0,
        sentenceCount: 1,
        bands: [],
        signature: [],
        credit: null,
      },
      sentences: [{ docId: id, position: 0, text, language, terms: indexTerms(text, language) }],
    })),
  );
  return store;
}
