import type { DBSchema } from 'idb';
import type { DocumentRecord, OriginOverride, SentenceRecord } from '../core';

export const DATABASE_NAME = 'crosscheck';
/** Bump with every schema change, and add the step to `upgradeSteps` in db.ts. */
export const DATABASE_VERSION = 4;

export interface CorpusTotals {
  documents: number;
  sentences: number;
  totalTerms: number;
  nextSentenceId: number;
}

export interface CrosscheckSchema extends DBSchema {
  documents: {
    key: string;
    value: DocumentRecord;
    /** byImportedAt (version 2): the corpus page lists the newest imports first, page by page.
     *  byOrigin (version 3): the members of an origin group, to merge or regroup it. */
    indexes: { byBand: string; byOutlet: string; byImportedAt: number; byOrigin: string };
  };
  /** The reader's manual origin splits and merges (version 3), keyed by document id. Not part of
   *  the corpus: deleting documents or clearing the corpus keeps them, so they apply again when
   *  the same texts are imported again. */
  originOverrides: {
    key: string;
    value: OriginOverride;
  };
  /** The full text of each document (version 2), for export: the sentences keep only the claims,
   *  and a document's id is the hash of its whole text, so re-importing needs the whole text. */
  texts: {
    key: string;
    value: { id: string; text: string };
  };
  sentences: {
    key: number;
    value: SentenceRecord;
    indexes: { byDocument: string };
  };
  /** One record per index term: the ids of the sentences that contain it, ascending. */
  postings: {
    key: string;
    value: { term: string; sentenceIds: Uint32Array };
  };
  /** Per index term (version 4), the number of sentences that contain it: its postings' length,
   *  kept with them in every write, so retrieval learns how common a term is without reading its
   *  list. A term no sentence contains has no record. */
  termFrequencies: {
    key: string;
    value: number;
  };
  meta: {
    key: 'totals';
    value: CorpusTotals;
  };
}
