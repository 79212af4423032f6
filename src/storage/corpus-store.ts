import {
  assignOrigins,
  regroupAfterDelete,
  type AddResult,
  type CorpusStats,
  type CorpusStore,
  type OriginOverride,
  type OriginStore,
  type PreparedDocument,
} from '../core';
import type { DocumentRecord, SentenceRecord } from '../core';
import type { IDBPTransaction } from 'idb';
import type { CrosscheckDatabase } from './db';
import type { CorpusTotals, CrosscheckSchema } from './schema';

/** A prepared document with its full text, which the store keeps for export (schema version 2).
 *  Without `text` a document is stored as before, and cannot be exported word for word. */
export type DocumentWithText = PreparedDocument & { text?: string };

/** The corpus proper; `originOverrides` is not among them: the reader's corrections outlive a
 *  cleared corpus and apply again on re-import. */
const STORES = ['documents', 'sentences', 'postings', 'termFrequencies', 'meta', 'texts'] as const;

const EMPTY_TOTALS: CorpusTotals = { documents: 0, sentences: 0, totalTerms: 0, nextSentenceId: 1 };
const EMPTY_IDS = new Uint32Array(0);
const NO_KEYS: Promise<string[]> = Promise.resolve([]);

/**
 * The corpus in IndexedDB. Every write is one transaction, so a closed tab or a stopped service
 * worker leaves whole documents or none. Inside a transaction only IndexedDB is awaited: anything
 * else would let the transaction auto-commit half way (idb README, "Transaction lifetime").
 * New documents are grouped in the transaction that adds them. After a delete, origin groups are
 * updated once it commits, in transactions of their own: a document stopped in between keeps its
 * old group until it is regrouped.
 */
export class IndexedDbCorpusStore implements CorpusStore, OriginStore {
  constructor(private readonly db: CrosscheckDatabase) {}

  async addDocuments(items: DocumentWithText[]): Promise<AddResult> {
    // The origin overrides are read (never written) here, for grouping the new documents.
    const tx = this.db.transaction([...STORES, 'originOverrides'], 'readwrite');
    const texts = tx.objectStore('texts');
    const documents = tx.objectStore('documents');
    const sentences = tx.objectStore('sentences');
    const postings = tx.objectStore('postings');
    const frequencies = tx.objectStore('termFrequencies');
    const meta = tx.objectStore('meta');
    const totals = { ...EMPTY_TOTALS, ...(await meta.get('totals')) };
    const storedBefore = totals.documents;
    const result: AddResult = { added: [], duplicates: [] };
    const newIdsByTerm = new Map<string, number[]>();
    const fresh = new Map<string, DocumentRecord>();

    const stored = await Promise.all(items.map(({ document }) => documents.getKey(document.id)));
    items.forEach(({ document, sentences: newSentences, text }, i) => {
      if (stored[i] !== undefined || fresh.has(document.id)) {
        result.duplicates.push(document.id);
        return;
      }
      fresh.set(document.id, { ...document });
      if (text !== undefined) void texts.put({ id: document.id, text });
      for (const sentence of newSentences) {
        const id = totals.nextSentenceId++;
        void sentences.put({ ...sentence, id });
        totals.sentences++;
        totals.totalTerms += sentence.terms.length;
        for (const term of sentence.terms) {
          let ids = newIdsByTerm.get(term);
          if (!ids) newIdsByTerm.set(term, (ids = []));
          ids.push(id);
        }
      }
      totals.documents++;
      result.added.push(document.id);
    });

    const terms = [...newIdsByTerm.keys()];
    const existing = await Promise.all(terms.map((term) => postings.get(term)));
    terms.forEach((term, i) => {
      const before = existing[i]?.sentenceIds ?? EMPTY_IDS;
      const added = newIdsByTerm.get(term) ?? [];
      const merged = new Uint32Array(before.length + added.length);
      merged.set(before);
      merged.set(added, before.length); // ids only grow, so the list stays sorted
      void postings.put({ term, sentenceIds: merged });
      void frequencies.put(merged.length, term);
    });
    void meta.put(totals, 'totals');
    // The new documents are grouped in the same transaction, before they are written, so each is
    // written once, with its origin, and an import stopped half way leaves no ungrouped document.
    await assignOrigins(batchOriginStore(tx, fresh, storedBefore > 0), [...fresh.values()]);
    for (const document of fresh.values()) void documents.put(document);
    await tx.done;
    return result;
  }

  async deleteDocuments(ids: string[]): Promise<string[]> {
    const tx = this.db.transaction(STORES, 'readwrite');
    const texts = tx.objectStore('texts');
    const documents = tx.objectStore('documents');
    const sentenceStore = tx.objectStore('sentences');
    const postings = tx.objectStore('postings');
    const frequencies = tx.objectStore('termFrequencies');
    const meta = tx.objectStore('meta');
    const totals = { ...EMPTY_TOTALS, ...(await meta.get('totals')) };
    const deleted: string[] = [];
    const removedIdsByTerm = new Map<string, Set<number>>();

    // All reads are issued at once: one round trip per kind, not one per document.
    const unique = [...new Set(ids)];
    const found = await Promise.all(unique.map((id) => documents.get(id)));
    const records = found.filter((d): d is DocumentRecord => d !== undefined);
    const present = records.map((d) => d.id);
    const byDocument = sentenceStore.index('byDocument');
    const sentenceLists = await Promise.all(present.map((id) => byDocument.getAll(id)));
    present.forEach((id, i) => {
      for (const sentence of sentenceLists[i] ?? []) {
        void sentenceStore.delete(sentence.id);
        totals.sentences--;
        totals.totalTerms -= sentence.terms.length;
        for (const term of sentence.terms) {
          let set = removedIdsByTerm.get(term);
          if (!set) removedIdsByTerm.set(term, (set = new Set()));
          set.add(sentence.id);
        }
      }
      void documents.delete(id);
      void texts.delete(id);
      totals.documents--;
      deleted.push(id);
    });

    const terms = [...removedIdsByTerm.keys()];
    const existing = await Promise.all(terms.map((term) => postings.get(term)));
    terms.forEach((term, i) => {
      const removed = removedIdsByTerm.get(term);
      const before = existing[i]?.sentenceIds;
      if (!before || !removed) return;
      const kept = before.filter((id) => !removed.has(id));
      if (kept.length) {
        void postings.put({ term, sentenceIds: kept });
        void frequencies.put(kept.length, term);
      } else {
        void postings.delete(term);
        void frequencies.delete(term);
      }
    });
    void meta.put(totals, 'totals');
    await tx.done;
    await regroupAfterDelete(this, records);
    return deleted;
  }

  async updateDocument(document: DocumentRecord): Promise<void> {
    const tx = this.db.transaction('documents', 'readwrite');
    const stored = await tx.store.get(document.id);
    if (!stored) throw new Error(`Crosscheck storage: no document ${document.id} to update`);
    // The origin group is the store's to keep (setOrigins), not part of the editable metadata.
    await tx.store.put({ ...document, origin: stored.origin });
    await tx.done;
  }

  async getDocuments(ids: string[]): Promise<DocumentRecord[]> {
    const tx = this.db.transaction('documents');
    const found = await Promise.all(ids.map((id) => tx.store.get(id)));
    return found.filter((document): document is DocumentRecord => document !== undefined);
  }

  async listDocuments(): Promise<DocumentRecord[]> {
    return this.db.getAll('documents');
  }

  async getSentences(ids: number[]): Promise<SentenceRecord[]> {
    const tx = this.db.transaction('sentences');
    const found = await Promise.all(ids.map((id) => tx.store.get(id)));
    return found.filter((sentence): sentence is SentenceRecord => sentence !== undefined);
  }

  async getPostings(terms: string[]): Promise<Map<string, Uint32Array>> {
    const tx = this.db.transaction('postings');
    const found = await Promise.all(terms.map((term) => tx.store.get(term)));
    return new Map(terms.map((term, i) => [term, found[i]?.sentenceIds ?? EMPTY_IDS]));
  }

  async getTermFrequencies(terms: string[]): Promise<Map<string, number>> {
    const tx = this.db.transaction('termFrequencies');
    const found = await Promise.all(terms.map((term) => tx.store.get(term)));
    return new Map(terms.map((term, i) => [term, found[i] ?? 0]));
  }

  async findDocumentsByBands(bands: string[]): Promise<string[]> {
    const index = this.db.transaction('documents').store.index('byBand');
    const keys = await Promise.all(bands.map((band) => index.getAllKeys(band)));
    return [...new Set(keys.flat())];
  }

  async documentsOfOrigins(origins: string[]): Promise<DocumentRecord[]> {
    const index = this.db.transaction('documents').store.index('byOrigin');
    return (await Promise.all(origins.map((origin) => index.getAll(origin)))).flat();
  }

  async setOrigins(origins: Map<string, string>): Promise<void> {
    if (!origins.size) return;
    const tx = this.db.transaction('documents', 'readwrite');
    const ids = [...origins.keys()];
    const found = await Promise.all(ids.map((id) => tx.store.get(id)));
    found.forEach((document, i) => {
      const origin = origins.get(ids[i] ?? '');
      if (document && origin && document.origin !== origin)
        void tx.store.put({ ...document, origin });
    });
    await tx.done;
  }

  async getOriginOverrides(ids: string[]): Promise<OriginOverride[]> {
    const tx = this.db.transaction('originOverrides');
    const found = await Promise.all(ids.map((id) => tx.store.get(id)));
    return found.filter((override): override is OriginOverride => override !== undefined);
  }

  async putOriginOverrides(overrides: OriginOverride[]): Promise<void> {
    const tx = this.db.transaction('originOverrides', 'readwrite');
    for (const override of overrides) void tx.store.put(override);
    await tx.done;
  }

  async stats(): Promise<CorpusStats> {
    const totals = (await this.db.get('meta', 'totals')) ?? EMPTY_TOTALS;
    return {
      documents: totals.documents,
      sentences: totals.sentences,
      totalTerms: totals.totalTerms,
    };
  }

  async clear(): Promise<void> {
    const tx = this.db.transaction(STORES, 'readwrite');
    await Promise.all(STORES.map((name) => tx.objectStore(name).clear()));
    await tx.done;
  }
}

type AddTransaction = IDBPTransaction<
  CrosscheckSchema,
  ((typeof STORES)[number] | 'originOverrides')[],
  'readwrite'
>;

/**
 * The origin store that grouping the documents of one add sees: the stored corpus, read in the
 * add's transaction (only IndexedDB requests are awaited, so it stays open), plus the batch's own
 * documents, kept in memory until their origin is known. Each band is looked up once per batch.
 */
function batchOriginStore(
  tx: AddTransaction,
  batch: Map<string, DocumentRecord>,
  /** False into an empty corpus (the first batch of a first import): no band is looked up. */
  anyStored: boolean,
): OriginStore {
  const documents = tx.objectStore('documents');
  const batchByBand = new Map<string, string[]>();
  for (const document of batch.values()) {
    for (const band of document.bands) {
      const ids = batchByBand.get(band);
      if (ids) ids.push(document.id);
      else batchByBand.set(band, [document.id]);
    }
  }
  const storedByBand = new Map<string, Promise<string[]>>();
  const byBand = documents.index('byBand');
  const storedWithBand = (band: string) => {
    let keys = storedByBand.get(band);
    if (!keys) storedByBand.set(band, (keys = anyStored ? byBand.getAllKeys(band) : NO_KEYS));
    return keys;
  };
  return {
    async findDocumentsByBands(bands) {
      const stored = await Promise.all(bands.map(storedWithBand));
      return [
        ...new Set([...stored.flat(), ...bands.flatMap((band) => batchByBand.get(band) ?? [])]),
      ];
    },
    async getDocuments(ids) {
      const found = await Promise.all(ids.map((id) => batch.get(id) ?? documents.get(id)));
      return found.filter((document): document is DocumentRecord => document !== undefined);
    },
    async documentsOfOrigins(origins) {
      // The batch's documents have no origin until setOrigins: only stored ones can match.
      const index = documents.index('byOrigin');
      return (await Promise.all(origins.map((origin) => index.getAll(origin)))).flat();
    },
    async setOrigins(origins) {
      const ids = [...origins.keys()];
      const found = await Promise.all(
        ids.map((id) => (batch.has(id) ? undefined : documents.get(id))),
      );
      ids.forEach((id, i) => {
        const origin = origins.get(id);
        if (!origin) return;
        const fresh = batch.get(id);
        if (fresh) fresh.origin = origin;
        const document = found[i];
        if (document && document.origin !== origin) void documents.put({ ...document, origin });
      });
    },
    async getOriginOverrides(ids) {
      const store = tx.objectStore('originOverrides');
      const found = await Promise.all(ids.map((id) => store.get(id)));
      return found.filter((override): override is OriginOverride => override !== undefined);
    },
    async putOriginOverrides(overrides) {
      const store = tx.objectStore('originOverrides');
      await Promise.all(overrides.map((override) => store.put(override)));
    },
  };
}
