// A CorpusStore wrapper for the benchmark that pays what IndexedDB's reads cost beyond the disk:
// every record comes back as a structured clone (a term's frequency included), postings as the Uint32Array
// src/storage/corpus-store.ts stores them as, and it counts round trips and ids read so the
// bench shows how much a check asks of the store. Disk latency is not modelled: LIBRARIES.md's
// measurement in real IndexedDB (200k sentences, 50 ms a query) is the reference for that.
import type { CorpusStore } from '../src/core';

export interface StoreTraffic {
  calls: number;
  /** Terms whose document frequency was read (one small record each). */
  frequencies: number;
  postingIds: number;
  sentences: number;
}

export function cloningStore(inner: CorpusStore): { store: CorpusStore; traffic: StoreTraffic } {
  const traffic: StoreTraffic = { calls: 0, frequencies: 0, postingIds: 0, sentences: 0 };
  const store: CorpusStore = {
    addDocuments: (items) => inner.addDocuments(items),
    deleteDocuments: (ids) => inner.deleteDocuments(ids),
    updateDocument: (document) => inner.updateDocument(document),
    listDocuments: async () => structuredClone(await inner.listDocuments()),
    findDocumentsByBands: (bands) => inner.findDocumentsByBands(bands),
    clear: () => inner.clear(),
    async stats() {
      traffic.calls++;
      return structuredClone(await inner.stats());
    },
    async getDocuments(ids) {
      traffic.calls++;
      return structuredClone(await inner.getDocuments(ids));
    },
    async getSentences(ids) {
      traffic.calls++;
      const found = structuredClone(await inner.getSentences(ids));
      traffic.sentences += found.length;
      return found;
    },
    async getTermFrequencies(terms) {
      traffic.calls++;
      traffic.frequencies += terms.length;
      return structuredClone(await inner.getTermFrequencies(terms));
    },
    async getPostings(terms) {
      traffic.calls++;
      const copied = new Map<string, Uint32Array>();
      for (const [term, ids] of await inner.getPostings(terms)) {
        copied.set(term, structuredClone(ids));
        traffic.postingIds += ids.length;
      }
      return copied;
    },
  };
  return { store, traffic };
}
