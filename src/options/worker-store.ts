import type { ImportTarget } from './import-files';
import {
  prepareAndStore,
  type BatchResult,
  type DocumentSink,
  type RawItem,
} from './prepare-batch';

export interface StoreWorkerRequest {
  id: number;
  items: RawItem[];
}

export type StoreWorkerReply =
  { id: number; result: BatchResult } | { id: number; error: { name: string; message: string } };

/**
 * An import target that prepares and writes through a dedicated worker (store-worker.ts), so the
 * page stays responsive: it only reads and parses files. Falls back to preparing and writing on
 * the page when the worker cannot start.
 */
export function workerStore(fallback: () => Promise<DocumentSink>): ImportTarget {
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./store-worker.ts', import.meta.url), { type: 'module' });
  } catch (error) {
    console.warn('Crosscheck: no import worker, importing on the page', error);
  }
  if (!worker)
    return { importDocuments: async (items) => prepareAndStore(await fallback(), items) };
  const pending = new Map<number, (reply: StoreWorkerReply) => void>();
  let next = 0;
  worker.onmessage = (event: MessageEvent<StoreWorkerReply>) => {
    pending.get(event.data.id)?.(event.data);
    pending.delete(event.data.id);
  };
  const started = worker;
  return {
    importDocuments: (items) =>
      new Promise<BatchResult>((resolve, reject) => {
        const id = next++;
        pending.set(id, (reply) => {
          if ('result' in reply) resolve(reply.result);
          else reject(Object.assign(new Error(reply.error.message), { name: reply.error.name }));
        });
        started.postMessage({ id, items } satisfies StoreWorkerRequest);
      }),
  };
}
