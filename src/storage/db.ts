import { openDB, type IDBPDatabase } from 'idb';
import { DATABASE_NAME, DATABASE_VERSION, type CrosscheckSchema } from './schema';

export type CrosscheckDatabase = IDBPDatabase<CrosscheckSchema>;

type UpgradeStep = (db: CrosscheckDatabase) => void;

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
];

export function openCorpusDatabase(name = DATABASE_NAME): Promise<CrosscheckDatabase> {
  return openDB<CrosscheckSchema>(name, DATABASE_VERSION, {
    upgrade(db, oldVersion) {
      for (let version = oldVersion; version < DATABASE_VERSION; version++) {
        const step = upgradeSteps[version];
        if (!step) throw new Error(`Crosscheck storage: no upgrade step from version ${version}`);
        step(db);
      }
    },
  });
}
