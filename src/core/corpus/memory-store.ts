import {
  assignOrigins,
  regroupAfterDelete,
  type OriginOverride,
  type OriginStore,
} from '../provenance/origin-groups';
import type { AddResult, CorpusStats, CorpusStore, PreparedDocument } from './store';
import type { DocumentRecord, SentenceRecord } from '../types';

/** The corpus in plain Maps: for the CLI, tests and benchmarks. Same contract as the IndexedDB store,
 *  origin groups included (kept up to date on every add and delete). */
export class MemoryCorpusStore implements CorpusStore, OriginStore {
  private readonly documents = new Map<string, DocumentRecord>();
  private readonly sentences = new Map<number, SentenceRecord>();
  private readonly sentencesByDocument = new Map<string, number[]>();
  private readonly postings = new Map<string, number[]>();
  private readonly bandIndex = new Map<string, Set<string>>();
  private readonly originIndex = new Map<string, Set<string>>();
  /** Manual origin overrides outlive their documents and `clear()`: they apply on re-import. */
  private readonly overrides = new Map<string, OriginOverride>();
  private nextSentenceId = 1;
  private totalTerms = 0;

  async addDocuments(items: PreparedDocument[]): Promise<AddResult> {
    const result: AddResult = { added: [], duplicates: [] };
    for (const { document, sentences } of items) {
      if (this.documents.has(document.id)) {
        result.duplicates.push(document.id);
        continue;
      }
      this.documents.set(document.id, structuredClone(document));
      const ids: number[] = [];
      for (const sentence of sentences) {
        const id = this.nextSentenceId++;
        ids.push(id);
        this.sentences.set(id, { ...sentence, id });
        this.totalTerms += sentence.terms.length;
        for (const term of sentence.terms) {
          let list = this.postings.get(term);
          if (!list) this.postings.set(term, (list = []));
          list.push(id);
        }
      }
      this.sentencesByDocument.set(document.id, ids);
      for (const band of document.bands) {
        let set = this.bandIndex.get(band);
        if (!set) this.bandIndex.set(band, (set = new Set()));
        set.add(document.id);
      }
      result.added.push(document.id);
    }
    const added = new Set(result.added);
    await assignOrigins(
      this,
      items.map(({ document }) => document).filter(({ id }) => added.delete(id)),
    );
    return result;
  }

  async deleteDocuments(ids: string[]): Promise<string[]> {
    const deleted: string[] = [];
    const records: DocumentRecord[] = [];
    for (const id of ids) {
      const document = this.documents.get(id);
      if (!document) continue;
      records.push(document);
      if (document.origin) this.originIndex.get(document.origin)?.delete(id);
      const sentenceIds = new Set(this.sentencesByDocument.get(id) ?? []);
      const touchedTerms = new Set<string>();
      for (const sentenceId of sentenceIds) {
        const sentence = this.sentences.get(sentenceId);
        if (!sentence) continue;
        this.totalTerms -= sentence.terms.length;
        sentence.terms.forEach((term) => touchedTerms.add(term));
        this.sentences.delete(sentenceId);
      }
      for (const term of touchedTerms) {
        const remaining = (this.postings.get(term) ?? []).filter((s) => !sentenceIds.has(s));
        if (remaining.length) this.postings.set(term, remaining);
        else this.postings.delete(term);
      }
      for (const band of document.bands) this.bandIndex.get(band)?.delete(id);
      this.sentencesByDocument.delete(id);
      this.documents.delete(id);
      deleted.push(id);
    }
    await regroupAfterDelete(this, records);
    return deleted;
  }

  async updateDocument(document: DocumentRecord): Promise<void> {
    const stored = this.documents.get(document.id);
    if (!stored) {
      throw new Error(`MemoryCorpusStore: no document ${document.id} to update`);
    }
    // The origin group is the store's to keep (setOrigins), not part of the editable metadata.
    this.documents.set(document.id, { ...structuredClone(document), origin: stored.origin });
  }

  async getDocuments(ids: string[]): Promise<DocumentRecord[]> {
    return ids.flatMap((id) => {
      const document = this.documents.get(id);
      return document ? [structuredClone(document)] : [];
    });
  }

  async listDocuments(): Promise<DocumentRecord[]> {
    return [...this.documents.values()].map((document) => structuredClone(document));
  }

  async getSentences(ids: number[]): Promise<SentenceRecord[]> {
    return ids.flatMap((id) => {
      const sentence = this.sentences.get(id);
      return sentence ? [sentence] : [];
    });
  }

  async getPostings(terms: string[]): Promise<Map<string, Uint32Array>> {
    return new Map(terms.map((term) => [term, new Uint32Array(this.postings.get(term) ?? [])]));
  }

  async getTermFrequencies(terms: string[]): Promise<Map<string, number>> {
    return new Map(terms.map((term) => [term, this.postings.get(term)?.length ?? 0]));
  }

  async findDocumentsByBands(bands: string[]): Promise<string[]> {
    const found = new Set<string>();
    for (const band of bands) this.bandIndex.get(band)?.forEach((id) => found.add(id));
    return [...found];
  }

  async documentsOfOrigins(origins: string[]): Promise<DocumentRecord[]> {
    const ids = origins.flatMap((origin) => [...(this.originIndex.get(origin) ?? [])]);
    return this.getDocuments(ids);
  }

  async setOrigins(origins: Map<string, string>): Promise<void> {
    for (const [id, origin] of origins) {
      const document = this.documents.get(id);
      if (!document) continue;
      if (document.origin) this.originIndex.get(document.origin)?.delete(id);
      document.origin = origin;
      let set = this.originIndex.get(origin);
      if (!set) this.originIndex.set(origin, (set = new Set()));
      set.add(id);
    }
  }

  async getOriginOverrides(ids: string[]): Promise<OriginOverride[]> {
    return ids.flatMap((id) => {
      const override = this.overrides.get(id);
      return override ? [structuredClone(override)] : [];
    });
  }

  async putOriginOverrides(overrides: OriginOverride[]): Promise<void> {
    for (const override of overrides) this.overrides.set(override.id, structuredClone(override));
  }

  async stats(): Promise<CorpusStats> {
    return {
      documents: this.documents.size,
      sentences: this.sentences.size,
      totalTerms: this.totalTerms,
    };
  }

  async clear(): Promise<void> {
    this.documents.clear();
    this.sentences.clear();
    this.sentencesByDocument.clear();
    this.postings.clear();
    this.bandIndex.clear();
    this.originIndex.clear();
    this.totalTerms = 0;
  }
}
