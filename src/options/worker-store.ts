import type { AddResult, PreparedDocument } from '../core';
import type { ImportTarget } from './import-files';

export interface StoreWorkerRequest {
  id: number;
  items: (PreparedDocument & { text?: string })[];
}

export type StoreWorkerReply =
  { id: number; result: AddResult } | { id: number; error: { name: string; message: string } };

/**
 * An import target that writes through a dedicated worker (store-worker.ts), so the page stays
 * responsive while IndexedDB takes the batches. Falls back to writing on the page when the
 * worker cannot start.
 */
export function workerStore(fallback: () => Promise<ImportTarget>): ImportTarget {
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./store-worker.ts', import.meta.url), { type: 'module' });
  } catch (error) {
    console.warn('Crosscheck: no import worker, writing on the page', error);
  }
  if (!worker) return { addDocuments: async (items) => (await fallback()).addDocuments(items) };
  const pending = new Map<number, (reply: StoreWorkerReply) => void>();
  let next = 0;
  worker.onmessage = (event: MessageEvent<StoreWorkerReply>) => {
    pending.get(event.data.id)?.(event.data);
    pending.delete(event.data.id);
  };
  const started = worker;
  return {
    addDocuments: (items) =>
      new Promise<AddResult>((resolve, reject) => {
        const id = next++;
        pending.set(id, (reply) => {
          if ('result' in reply) resolve(reply.result);
          else reject(Object.assign(new Error(reply.error.message), { name: reply.error.name }));
        });
        started.postMessage({ id, items } satisfies StoreWorkerRequest);
      }),
  };
}
