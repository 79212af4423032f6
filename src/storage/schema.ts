import type { DBSchema } from 'idb';
import type { DocumentRecord, SentenceRecord } from '../core';

export const DATABASE_NAME = 'crosscheck';
/** Bump with every schema change, and add the step to `upgradeSteps` in db.ts. */
export const DATABASE_VERSION = 1;

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
    indexes: { byBand: string; byOutlet: string };
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
  meta: {
    key: 'totals';
    value: CorpusTotals;
  };
}
