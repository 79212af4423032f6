import { IndexedDbCorpusStore } from './corpus-store';
import { openCorpusDatabase } from './db';

export { IndexedDbCorpusStore } from './corpus-store';
export { openCorpusDatabase } from './db';

let shared: Promise<IndexedDbCorpusStore> | null = null;

/** The extension's one corpus store, opened once per context. */
export function corpusStore(): Promise<IndexedDbCorpusStore> {
  shared ??= openCorpusDatabase().then((db) => new IndexedDbCorpusStore(db));
  return shared;
}
