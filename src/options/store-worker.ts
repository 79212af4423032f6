// The corpus writes of an import, off the page's main thread: one addDocuments transaction queues
// thousands of puts, and each put clones its record synchronously, which froze the page for up to
// 0.6 s per batch when done on the page itself (scripts/bench-import.ts records long tasks).
import { IndexedDbCorpusStore, openCorpusDatabase } from '../storage';
import type { StoreWorkerReply, StoreWorkerRequest } from './worker-store';

const store = openCorpusDatabase().then((db) => new IndexedDbCorpusStore(db));

self.onmessage = async (event: MessageEvent<StoreWorkerRequest>) => {
  const { id, items } = event.data;
  let reply: StoreWorkerReply;
  try {
    reply = { id, result: await (await store).addDocuments(items) };
  } catch (error) {
    // DOMExceptions (QuotaExceededError) do not survive postMessage as errors: send name and text.
    const failure = error instanceof Error || error instanceof DOMException ? error : null;
    reply = {
      id,
      error: { name: failure?.name ?? 'Error', message: failure?.message ?? String(error) },
    };
  }
  self.postMessage(reply);
};
