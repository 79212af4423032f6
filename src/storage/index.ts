import { IndexedDbCorpusAdmin } from './corpus-admin';
import { IndexedDbCorpusStore } from './corpus-store';
import { openCorpusDatabase, type CrosscheckDatabase } from './db';
import { IndexedDbOriginAdmin } from './origin-admin';

export { IndexedDbCorpusStore } from './corpus-store';
export { IndexedDbCorpusAdmin } from './corpus-admin';
export { openCorpusDatabase } from './db';
export { IndexedDbOriginAdmin } from './origin-admin';
export type { OriginAdmin, OriginGroup, OriginMember, OriginQuery } from './origin-admin';
export type {
  CorpusAdmin,
  DocumentPage,
  DocumentQuery,
  DocumentSummary,
  ExportRecord,
  OutletCount,
} from './corpus-admin';
export type { DocumentWithText } from './corpus-store';

let shared: Promise<CrosscheckDatabase> | null = null;

/** The extension's one corpus database, opened once per context (and again after it was closed
 *  to let a newer version upgrade it). */
function corpusDatabase(): Promise<CrosscheckDatabase> {
  shared ??= openCorpusDatabase(undefined, () => (shared = null));
  return shared;
}

/** The extension's corpus store. */
export async function corpusStore(): Promise<IndexedDbCorpusStore> {
  return new IndexedDbCorpusStore(await corpusDatabase());
}

/** Browsing, outlets and export over the same database (the corpus page). */
export async function corpusAdmin(): Promise<IndexedDbCorpusAdmin> {
  return new IndexedDbCorpusAdmin(await corpusDatabase());
}

/** Origin groups and the reader's corrections to them (the corpus page). */
export async function originAdmin(): Promise<IndexedDbOriginAdmin> {
  const db = await corpusDatabase();
  return new IndexedDbOriginAdmin(db, new IndexedDbCorpusStore(db));
}
