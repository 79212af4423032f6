import type { DocumentRecord, NewSentence, SentenceRecord } from '../types';

export interface CorpusStats {
  documents: number;
  sentences: number;
  /** Sum of the term counts of all sentences, for the average sentence length in BM25. */
  totalTerms: number;
}

export interface PreparedDocument {
  document: DocumentRecord;
  sentences: NewSentence[];
}

export interface AddResult {
  added: string[];
  /** Ids already in the store: not stored twice. */
  duplicates: string[];
}

/**
 * Where the engine reads and writes the corpus. The engine never scans the corpus: it asks for the
 * document frequencies of the terms it needs, the postings of the rarest, then for the few sentences and documents those name. Implemented
 * over IndexedDB for the extension (src/storage) and in memory for tests and the CLI (core/memory-store).
 */
export interface CorpusStore {
  /** Adds documents with their sentences and index postings. Each document is written whole or not
   *  at all; documents whose id is already stored are reported as duplicates and left as they are. */
  addDocuments(items: PreparedDocument[]): Promise<AddResult>;
  /** Removes documents, their sentences and their postings. Resolves with the ids that existed. */
  deleteDocuments(ids: string[]): Promise<string[]>;
  /** Replaces the editable metadata of a stored document (outlet, title). */
  updateDocument(document: DocumentRecord): Promise<void>;
  getDocuments(ids: string[]): Promise<DocumentRecord[]>;
  listDocuments(): Promise<DocumentRecord[]>;
  getSentences(ids: number[]): Promise<SentenceRecord[]>;
  /** Sentence ids per term, ascending; a term that is not indexed maps to an empty array. A typed
   *  array because a check reads hundreds of thousands of ids: copying them into a plain array
   *  costs twenty times what reading them does. */
  getPostings(terms: string[]): Promise<Map<string, Uint32Array>>;
  /** Number of sentences containing each term (its postings' length, without reading them); a
   *  term that is not indexed maps to 0. */
  getTermFrequencies(terms: string[]): Promise<Map<string, number>>;
  /** Ids of documents that share at least one of these LSH bands. */
  findDocumentsByBands(bands: string[]): Promise<string[]>;
  stats(): Promise<CorpusStats>;
  clear(): Promise<void>;
}
