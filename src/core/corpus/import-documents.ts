import { prepareDocument } from './prepare';
import type { AddResult, CorpusStore, PreparedDocument } from './store';
import type { RawDocument } from '../types';

/** Prepares raw documents and adds them to the store in batches (one store write per batch, so a
 *  large import neither holds everything in memory nor issues thousands of small transactions). */
export async function importDocuments(
  store: CorpusStore,
  raws: Iterable<RawDocument>,
  batchSize = 200,
): Promise<AddResult> {
  const result: AddResult = { added: [], duplicates: [] };
  let batch: PreparedDocument[] = [];
  const flush = async () => {
    const { added, duplicates } = await store.addDocuments(batch);
    result.added.push(...added);
    result.duplicates.push(...duplicates);
    batch = [];
  };
  for (const raw of raws) {
    batch.push(prepareDocument(raw));
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length) await flush();
  return result;
}
