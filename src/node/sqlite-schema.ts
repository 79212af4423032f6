// The SQLite index file's schema, one migration per version. `PRAGMA user_version` holds the
// version a file was brought to; `PRAGMA application_id` marks the file as Crosscheck's, so a
// stranger's database is refused rather than written into.
import type BetterSqlite3 from 'better-sqlite3';

/** "CrCk": written in the header of every file this module creates. */
export const APPLICATION_ID = 0x4372436b;

/**
 * MIGRATIONS[i] brings a file from version i to i + 1. Append a step for every schema change;
 * never edit a step that has shipped (files in the field were written by it).
 *
 * Version 1:
 * - documents: the whole DocumentRecord as JSON (`record`, without `origin`), plus the columns
 *   the store looks documents up by. `origin` is kept apart because grouping rewrites it often.
 *   rowid order is import order, which `listDocuments` keeps (as the memory store does).
 * - sentences: the whole sentence as JSON (`record`, without `id`), by id and by document.
 * - postings: per term, the ascending sentence ids as raw little-endian Uint32 (`ids`), read
 *   straight into a Uint32Array, and their count (`df`) so frequencies are read without the list.
 *   Measured against a (term, sentence) table by `npm run bench:sqlite`.
 * - bands: (band, document) pairs for near-duplicate candidates.
 * - origin_overrides: the reader's splits and merges, keyed by document id; `clear()` keeps them.
 * - totals: one row of corpus totals and the next sentence id.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE documents (
    id TEXT NOT NULL UNIQUE,
    origin TEXT,
    outlet TEXT,
    imported_at INTEGER NOT NULL,
    record TEXT NOT NULL
  );
  CREATE INDEX documents_by_origin ON documents (origin);
  CREATE TABLE sentences (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL,
    record TEXT NOT NULL
  );
  CREATE INDEX sentences_by_document ON sentences (doc_id);
  CREATE TABLE postings (
    term TEXT PRIMARY KEY,
    df INTEGER NOT NULL,
    ids BLOB NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE bands (
    band TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    PRIMARY KEY (band, doc_id)
  ) WITHOUT ROWID;
  CREATE TABLE origin_overrides (
    id TEXT PRIMARY KEY,
    record TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE totals (
    only INTEGER PRIMARY KEY CHECK (only = 1),
    documents INTEGER NOT NULL,
    sentences INTEGER NOT NULL,
    total_terms INTEGER NOT NULL,
    next_sentence_id INTEGER NOT NULL
  );
  INSERT INTO totals VALUES (1, 0, 0, 0, 1);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings an open file to SCHEMA_VERSION, each step in its own transaction (a step interrupted
 * leaves the file at the version before it). Throws when the file is another application's or
 * was written by a newer Crosscheck.
 */
export function migrate(db: BetterSqlite3.Database, label: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  const application = db.pragma('application_id', { simple: true }) as number;
  const empty =
    version === 0 &&
    (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n === 0;
  if (!empty && application !== APPLICATION_ID)
    throw new Error(`SqliteCorpusStore: ${label} is not a Crosscheck index`);
  if (version > SCHEMA_VERSION)
    throw new Error(
      `SqliteCorpusStore: ${label} has schema version ${version}, newer than this Crosscheck reads (${SCHEMA_VERSION})`,
    );
  for (let step = version; step < SCHEMA_VERSION; step++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[step] ?? '');
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${step + 1}`);
    })();
  }
}
