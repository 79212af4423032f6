// Preparing and storing one batch of an import: run in the import worker (store-worker.ts), or on
// the page when no worker can start (and in tests).
import type { AddResult, PreparedDocument, RawDocument } from '../core';
import { prepareImported } from '../importers/prepare';
import { problemOf, type ImportProblem } from '../importers/registry';

/** A parsed document on its way to the store, with where it came from ("a.jsonl, line 3"), for
 *  failures. */
export interface RawItem {
  file: string;
  raw: RawDocument;
}

/** What came of a batch: the ids added and skipped, and each document that could not be prepared. */
export interface BatchResult extends AddResult {
  failed: ImportProblem[];
  /** Where the batch's time went (ms): core.prepareDocument, then the store's transactions. */
  timings: { prepare: number; store: number };
}

/** Where prepared documents go: the IndexedDB store keeps each document's text for export. */
export interface DocumentSink {
  addDocuments(items: (PreparedDocument & { text?: string })[]): Promise<AddResult>;
}

/** Prepares each document (a failure is that document's alone), then stores the batch in one
 *  call. Storage errors (a full quota) are thrown: they stop the import. */
export function prepareBatch(items: RawItem[]): {
  prepared: (PreparedDocument & { text: string })[];
  failed: ImportProblem[];
  ms: number;
} {
  const start = performance.now();
  const prepared: (PreparedDocument & { text: string })[] = [];
  const failed: ImportProblem[] = [];
  for (const { file, raw } of items) {
    try {
      prepared.push({ ...prepareImported(raw), text: raw.text });
    } catch (error) {
      failed.push(problemOf(file, error));
    }
  }
  return { prepared, failed, ms: performance.now() - start };
}

export async function prepareAndStore(sink: DocumentSink, items: RawItem[]): Promise<BatchResult> {
  const { prepared, failed, ms } = prepareBatch(items);
  const start = performance.now();
  const result = prepared.length
    ? await sink.addDocuments(prepared)
    : { added: [], duplicates: [] };
  return { ...result, failed, timings: { prepare: ms, store: performance.now() - start } };
}
