import type { AddResult, CorpusStats, CorpusStore, PreparedDocument } from './store';
import type { DocumentRecord, SentenceRecord } from './types';

/** The corpus in plain Maps: for the CLI, tests and benchmarks. Same contract as the IndexedDB store. */
export class MemoryCorpusStore implements CorpusStore {
  private readonly documents = new Map<string, DocumentRecord>();
  private readonly sentences = new Map<number, SentenceRecord>();
  private readonly sentencesByDocument = new Map<string, number[]>();
  private readonly postings = new Map<string, number[]>();
  private readonly bandIndex = new Map<string, Set<string>>();
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
    return result;
  }

  async deleteDocuments(ids: string[]): Promise<string[]> {
    const deleted: string[] = [];
    for (const id of ids) {
      const document = this.documents.get(id);
      if (!document) continue;
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
    return deleted;
  }

  async updateDocument(document: DocumentRecord): Promise<void> {
    if (!this.documents.has(document.id)) {
      throw new Error(`MemoryCorpusStore: no document ${document.id} to update`);
    }
    this.documents.set(document.id, structuredClone(document));
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

  async getPostings(terms: string[]): Promise<Map<string, number[]>> {
    return new Map(terms.map((term) => [term, this.postings.get(term) ?? []]));
  }

  async findDocumentsByBands(bands: string[]): Promise<string[]> {
    const found = new Set<string>();
    for (const band of bands) this.bandIndex.get(band)?.forEach((id) => found.add(id));
    return [...found];
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
    this.totalTerms = 0;
  }
}
