import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { groupDocuments, lshBands } from '../core';
import { DATABASE_NAME, DATABASE_VERSION, type CrosscheckSchema } from './schema';

export type CrosscheckDatabase = IDBPDatabase<CrosscheckSchema>;

type UpgradeTransaction = IDBPTransaction<
  CrosscheckSchema,
  StoreNames<CrosscheckSchema>[],
  'versionchange'
>;
type UpgradeStep = (db: CrosscheckDatabase, tx: UpgradeTransaction) => void;

/** upgradeSteps[n] takes the database from version n to n + 1; a new install runs them all. */
const upgradeSteps: UpgradeStep[] = [
  (db) => {
    const documents = db.createObjectStore('documents', { keyPath: 'id' });
    documents.createIndex('byBand', 'bands', { multiEntry: true });
    documents.createIndex('byOutlet', 'outlet');
    const sentences = db.createObjectStore('sentences', { keyPath: 'id' });
    sentences.createIndex('byDocument', 'docId');
    db.createObjectStore('postings', { keyPath: 'term' });
    db.createObjectStore('meta');
  },
  // Version 2: full texts for export, and an import-time index for paging the corpus list.
  // Documents stored by version 1 keep working; they have no text record (export falls back to
  // their sentences, see corpus-admin.ts).
  (db, tx) => {
    db.createObjectStore('texts', { keyPath: 'id' });
    tx.objectStore('documents').createIndex('byImportedAt', 'importedAt');
  },
  // Version 3: origin groups. Stored documents get the current LSH bands (2 rows, keys "rN:";
  // version 2 stored 3-row "bN:" keys that new documents no longer share) and their origin
  // group, computed here in one pass; they have no shingle count, so they are grouped by Jaccard
  // only (a partial reprint among them joins when one of the two is imported again).
  (db, tx) => {
    db.createObjectStore('originOverrides', { keyPath: 'id' });
    const documents = tx.objectStore('documents');
    documents.createIndex('byOrigin', 'origin');
    // Only IndexedDB requests happen in between, so the upgrade transaction stays open.
    void documents.getAll().then((all) => {
      const origins = groupDocuments(all);
      for (const document of all) {
        const bands = document.signature.length ? lshBands(document.signature) : [];
        void documents.put({ ...document, bands, origin: origins.get(document.id) ?? document.id });
      }
    });
  },
  // Version 4: document frequencies, counted from the stored postings one record at a time.
  (db, tx) => {
    db.createObjectStore('termFrequencies');
    const frequencies = tx.objectStore('termFrequencies');
    // Only IndexedDB requests happen in between, so the upgrade transaction stays open.
    void (async () => {
      let cursor = await tx.objectStore('postings').openCursor();
      while (cursor) {
        void frequencies.put(cursor.value.sentenceIds.length, cursor.value.term);
        cursor = await cursor.continue();
      }
    })();
  },
];

/**
 * Opens (creating or upgrading) the corpus database. When a newer version is opened elsewhere
 * (the corpus page of an updated extension while the old background still holds a connection),
 * this connection closes itself so the upgrade is not blocked, and `onClose` lets the owner open
 * a fresh one on next use.
 */
export async function openCorpusDatabase(
  name = DATABASE_NAME,
  onClose?: () => void,
): Promise<CrosscheckDatabase> {
  const db: CrosscheckDatabase = await openDB<CrosscheckSchema>(name, DATABASE_VERSION, {
    blocking() {
      db.close();
      onClose?.();
    },
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let version = oldVersion; version < DATABASE_VERSION; version++) {
        const step = upgradeSteps[version];
        if (!step) throw new Error(`Crosscheck storage: no upgrade step from version ${version}`);
        step(db, tx);
      }
    },
  });
  return db;
}
