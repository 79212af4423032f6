// The CPU and storage work of an import, off the page's main thread: the page reads and parses
// files (HTML needs its DOMParser) and posts batches of raw documents; this worker prepares them
// (core.prepareDocument: sentences, claims, terms, signature) and writes them with
// IndexedDbCorpusStore.addDocuments. Batches are stored one at a time, in the order they came,
// while the next batch is already being prepared (IndexedDB commits off this thread).
import { IndexedDbCorpusStore, openCorpusDatabase } from '../storage';
import { prepareBatch, type BatchResult } from './prepare-batch';
import type { StoreWorkerReply, StoreWorkerRequest } from './worker-store';

const store = openCorpusDatabase().then((db) => new IndexedDbCorpusStore(db));
let storing: Promise<unknown> = Promise.resolve();

self.onmessage = (event: MessageEvent<StoreWorkerRequest>) => {
  const { id, items } = event.data;
  const { prepared, failed, ms } = prepareBatch(items);
  const stored = storing.then(async (): Promise<BatchResult> => {
    const start = performance.now();
    const result = prepared.length
      ? await (await store).addDocuments(prepared)
      : { added: [], duplicates: [] };
    return { ...result, failed, timings: { prepare: ms, store: performance.now() - start } };
  });
  storing = stored.catch(() => undefined);
  stored.then(
    (result) => self.postMessage({ id, result } satisfies StoreWorkerReply),
    (error: unknown) => {
      // DOMExceptions (QuotaExceededError) do not survive postMessage as errors: send name and text.
      const failure = error instanceof Error || error instanceof DOMException ? error : null;
      self.postMessage({
        id,
        error: { name: failure?.name ?? 'Error', message: failure?.message ?? String(error) },
      } satisfies StoreWorkerReply);
    },
  );
};
