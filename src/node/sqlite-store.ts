import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import {
  assignOrigins,
  regroupAfterDelete,
  type AddResult,
  type CorpusStats,
  type CorpusStore,
  type DocumentRecord,
  type OriginOverride,
  type OriginStore,
  type PreparedDocument,
  type SentenceRecord,
} from '../core';
import { migrate } from './sqlite-schema';

type Database = BetterSqlite3.Database;

export interface SqliteStoreOptions {
  /** Refuse to create the file when it is not there (reading commands: a mistyped path is an
   *  error, not an empty corpus). */
  mustExist?: boolean;
}

/** better-sqlite3 is an optional dependency (a native module, built at install): the extension
 *  never needs it, and a machine that cannot build it still runs everything but `--db`. */
function driver(): typeof BetterSqlite3 {
  try {
    return createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
  } catch (error) {
    throw new Error(
      `SqliteCorpusStore: the optional package better-sqlite3 is not installed or did not build (${(error as Error).message.split('\n')[0]}); install it with npm install better-sqlite3@12`,
    );
  }
}

const EMPTY_IDS = new Uint32Array(0);

/** A postings blob as the Uint32Array it holds: a view when the buffer is aligned (SQLite hands
 *  out a fresh buffer per read, so nothing else sees it), a copy otherwise. */
function idsOf(blob: Buffer): Uint32Array {
  if (blob.byteOffset % 4 === 0)
    return new Uint32Array(blob.buffer, blob.byteOffset, blob.length / 4);
  return new Uint32Array(new Uint8Array(blob).buffer);
}

function blobOf(ids: Uint32Array): Buffer {
  return Buffer.from(ids.buffer, ids.byteOffset, ids.byteLength);
}

interface DocumentRow {
  origin: string | null;
  record: string;
}

function documentOf(row: DocumentRow): DocumentRecord {
  const document = JSON.parse(row.record) as DocumentRecord;
  // Last, as the memory store sets it: the same record serialises the same way from either.
  if (row.origin !== null) document.origin = row.origin;
  return document;
}

function recordOf(document: DocumentRecord): string {
  const rest: Partial<DocumentRecord> = { ...document };
  delete rest.origin;
  return JSON.stringify(rest);
}

/**
 * The corpus in one SQLite file (better-sqlite3), for the CLI: a persistent index that `import
 * --db` adds to and `check --db` reads without re-importing. Same contract as the memory and
 * IndexedDB stores, origin groups included.
 *
 * Each write (`addDocuments`, `deleteDocuments` with its regrouping, `updateDocument`,
 * `setOrigins`, `putOriginOverrides`, `clear`) is one transaction, so a killed process leaves
 * whole documents or none. Writes are queued: the grouping inside a write awaits (the
 * OriginStore interface is asynchronous) and a second write must not start inside it. Reads run
 * at once; during a write they see its uncommitted rows, as the memory store's readers do.
 * WAL mode with `synchronous = NORMAL`: a commit is atomic, and a power cut may lose the last
 * commits but never leaves half of one. `close()` when done (it checkpoints the WAL).
 */
export class SqliteCorpusStore implements CorpusStore, OriginStore {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly statements;
  /** Grouping's view of the store inside a write: the same reads and writes, not queued. */
  private readonly inner: OriginStore;

  private constructor(private readonly db: Database) {
    const s = (sql: string) => db.prepare(sql);
    this.statements = {
      hasDocument: s('SELECT 1 FROM documents WHERE id = ?').pluck(),
      getDocument: s('SELECT origin, record FROM documents WHERE id = ?'),
      listDocuments: s('SELECT origin, record FROM documents ORDER BY rowid'),
      documentsOfOrigin: s('SELECT origin, record FROM documents WHERE origin = ? ORDER BY rowid'),
      insertDocument: s(
        'INSERT INTO documents (id, origin, outlet, imported_at, record) VALUES (?, NULL, ?, ?, ?)',
      ),
      updateDocument: s('UPDATE documents SET outlet = ?, record = ? WHERE id = ?'),
      setOrigin: s('UPDATE documents SET origin = ? WHERE id = ?'),
      deleteDocument: s('DELETE FROM documents WHERE id = ?'),
      getSentence: s('SELECT id, record FROM sentences WHERE id = ?'),
      sentencesOf: s('SELECT id, record FROM sentences WHERE doc_id = ?'),
      insertSentence: s('INSERT INTO sentences (id, doc_id, record) VALUES (?, ?, ?)'),
      deleteSentencesOf: s('DELETE FROM sentences WHERE doc_id = ?'),
      getPostings: s('SELECT ids FROM postings WHERE term = ?').pluck(),
      getFrequency: s('SELECT df FROM postings WHERE term = ?').pluck(),
      putPostings: s('INSERT OR REPLACE INTO postings (term, df, ids) VALUES (?, ?, ?)'),
      deletePostings: s('DELETE FROM postings WHERE term = ?'),
      documentsOfBand: s('SELECT doc_id FROM bands WHERE band = ?').pluck(),
      insertBand: s('INSERT OR IGNORE INTO bands (band, doc_id) VALUES (?, ?)'),
      deleteBand: s('DELETE FROM bands WHERE band = ? AND doc_id = ?'),
      getOverride: s('SELECT record FROM origin_overrides WHERE id = ?').pluck(),
      putOverride: s('INSERT OR REPLACE INTO origin_overrides (id, record) VALUES (?, ?)'),
      totals: s('SELECT documents, sentences, total_terms, next_sentence_id FROM totals'),
      putTotals: s(
        'UPDATE totals SET documents = ?, sentences = ?, total_terms = ?, next_sentence_id = ?',
      ),
    };
    this.inner = {
      findDocumentsByBands: async (bands) => this.documentsOfBands(bands),
      getDocuments: async (ids) => this.readDocuments(ids),
      documentsOfOrigins: async (origins) => this.readDocumentsOfOrigins(origins),
      setOrigins: async (origins) => this.writeOrigins(origins),
      getOriginOverrides: async (ids) => this.readOverrides(ids),
      putOriginOverrides: async (overrides) => this.writeOverrides(overrides),
    };
  }

  /** Opens (or creates) the index at `path` and brings its schema up to date. `:memory:` gives a
   *  store that lives as long as the object. Throws an Error naming the file when it is not a
   *  Crosscheck index, is newer than this version reads, or cannot be opened. */
  static open(path: string, options: SqliteStoreOptions = {}): SqliteCorpusStore {
    const Sqlite = driver();
    let db: Database | undefined;
    try {
      db = new Sqlite(path, { fileMustExist: options.mustExist ?? false });
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      // 64 MB of page cache (the default is 2 MB): an import's batch touches many pages.
      db.pragma('cache_size = -65536');
      migrate(db, path);
      return new SqliteCorpusStore(db);
    } catch (error) {
      db?.close();
      const message = (error as Error).message;
      if (message.startsWith('SqliteCorpusStore:')) throw error;
      throw new Error(`SqliteCorpusStore: cannot open ${path}: ${message}`);
    }
  }

  /** Closes the file; the store cannot be used afterwards. Waits for queued writes. */
  async close(): Promise<void> {
    await this.queue;
    this.db.close();
  }

  async addDocuments(items: PreparedDocument[]): Promise<AddResult> {
    return this.write(async () => {
      const st = this.statements;
      const totals = this.readTotals();
      const result: AddResult = { added: [], duplicates: [] };
      const fresh: DocumentRecord[] = [];
      const seen = new Set<string>();
      const newIdsByTerm = new Map<string, number[]>();
      for (const { document, sentences } of items) {
        if (seen.has(document.id) || st.hasDocument.get(document.id) !== undefined) {
          result.duplicates.push(document.id);
          continue;
        }
        seen.add(document.id);
        st.insertDocument.run(
          document.id,
          document.outlet,
          document.importedAt,
          recordOf(document),
        );
        for (const sentence of sentences) {
          const id = totals.nextSentenceId++;
          st.insertSentence.run(id, sentence.docId, JSON.stringify(sentence));
          totals.sentences++;
          totals.totalTerms += sentence.terms.length;
          for (const term of sentence.terms) {
            const ids = newIdsByTerm.get(term);
            if (ids) ids.push(id);
            else newIdsByTerm.set(term, [id]);
          }
        }
        for (const band of document.bands) st.insertBand.run(band, document.id);
        totals.documents++;
        fresh.push(document);
        result.added.push(document.id);
      }
      for (const [term, added] of newIdsByTerm) {
        const before = this.readPostings(term);
        const merged = new Uint32Array(before.length + added.length);
        merged.set(before);
        merged.set(added, before.length); // ids only grow, so the list stays sorted
        st.putPostings.run(term, merged.length, blobOf(merged));
      }
      this.writeTotals(totals);
      // Grouped inside the same transaction: no document is ever stored without its group.
      await assignOrigins(this.inner, fresh);
      return result;
    });
  }

  async deleteDocuments(ids: string[]): Promise<string[]> {
    return this.write(async () => {
      const st = this.statements;
      const totals = this.readTotals();
      const records: DocumentRecord[] = [];
      const removedIdsByTerm = new Map<string, Set<number>>();
      for (const id of new Set(ids)) {
        const [document] = this.readDocuments([id]);
        if (!document) continue;
        records.push(document);
        for (const row of st.sentencesOf.all(id) as { id: number; record: string }[]) {
          const { terms } = JSON.parse(row.record) as SentenceRecord;
          totals.sentences--;
          totals.totalTerms -= terms.length;
          for (const term of terms) {
            const set = removedIdsByTerm.get(term);
            if (set) set.add(row.id);
            else removedIdsByTerm.set(term, new Set([row.id]));
          }
        }
        st.deleteSentencesOf.run(id);
        for (const band of document.bands) st.deleteBand.run(band, id);
        st.deleteDocument.run(id);
        totals.documents--;
      }
      for (const [term, removed] of removedIdsByTerm) {
        const kept = this.readPostings(term).filter((id) => !removed.has(id));
        if (kept.length) st.putPostings.run(term, kept.length, blobOf(kept));
        else st.deletePostings.run(term);
      }
      this.writeTotals(totals);
      await regroupAfterDelete(this.inner, records);
      return records.map((document) => document.id);
    });
  }

  async updateDocument(document: DocumentRecord): Promise<void> {
    return this.write(async () => {
      const [stored] = this.readDocuments([document.id]);
      if (!stored) throw new Error(`SqliteCorpusStore: no document ${document.id} to update`);
      // The origin group is the store's to keep (setOrigins), not part of the editable metadata;
      // the bands follow the record, so a delete later finds them.
      this.statements.updateDocument.run(document.outlet, recordOf(document), document.id);
      for (const band of stored.bands) this.statements.deleteBand.run(band, document.id);
      for (const band of document.bands) this.statements.insertBand.run(band, document.id);
    });
  }

  async getDocuments(ids: string[]): Promise<DocumentRecord[]> {
    return this.readDocuments(ids);
  }

  async listDocuments(): Promise<DocumentRecord[]> {
    return (this.statements.listDocuments.all() as DocumentRow[]).map(documentOf);
  }

  async getSentences(ids: number[]): Promise<SentenceRecord[]> {
    return ids.flatMap((id) => {
      const row = this.statements.getSentence.get(id) as { id: number; record: string } | undefined;
      return row ? [{ ...(JSON.parse(row.record) as Omit<SentenceRecord, 'id'>), id: row.id }] : [];
    });
  }

  async getPostings(terms: string[]): Promise<Map<string, Uint32Array>> {
    return new Map(terms.map((term) => [term, this.readPostings(term)]));
  }

  async getTermFrequencies(terms: string[]): Promise<Map<string, number>> {
    return new Map(
      terms.map((term) => [
        term,
        (this.statements.getFrequency.get(term) as number | undefined) ?? 0,
      ]),
    );
  }

  async findDocumentsByBands(bands: string[]): Promise<string[]> {
    return this.documentsOfBands(bands);
  }

  async documentsOfOrigins(origins: string[]): Promise<DocumentRecord[]> {
    return this.readDocumentsOfOrigins(origins);
  }

  async setOrigins(origins: Map<string, string>): Promise<void> {
    if (origins.size) await this.write(async () => this.writeOrigins(origins));
  }

  async getOriginOverrides(ids: string[]): Promise<OriginOverride[]> {
    return this.readOverrides(ids);
  }

  async putOriginOverrides(overrides: OriginOverride[]): Promise<void> {
    if (overrides.length) await this.write(async () => this.writeOverrides(overrides));
  }

  async stats(): Promise<CorpusStats> {
    const { documents, sentences, totalTerms } = this.readTotals();
    return { documents, sentences, totalTerms };
  }

  /** Empties the corpus; the reader's origin overrides stay (they apply on re-import). */
  async clear(): Promise<void> {
    return this.write(async () => {
      this.db.exec(
        'DELETE FROM documents; DELETE FROM sentences; DELETE FROM postings; DELETE FROM bands;',
      );
      this.writeTotals({ documents: 0, sentences: 0, totalTerms: 0, nextSentenceId: 1 });
    });
  }

  /** Runs `work` in a transaction after the writes queued before it; rolls back if it throws. */
  private write<T>(work: () => Promise<T>): Promise<T> {
    const run = async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work();
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private readTotals() {
    const row = this.statements.totals.get() as {
      documents: number;
      sentences: number;
      total_terms: number;
      next_sentence_id: number;
    };
    return {
      documents: row.documents,
      sentences: row.sentences,
      totalTerms: row.total_terms,
      nextSentenceId: row.next_sentence_id,
    };
  }

  private writeTotals(totals: ReturnType<SqliteCorpusStore['readTotals']>): void {
    this.statements.putTotals.run(
      totals.documents,
      totals.sentences,
      totals.totalTerms,
      totals.nextSentenceId,
    );
  }

  private readPostings(term: string): Uint32Array {
    const blob = this.statements.getPostings.get(term) as Buffer | undefined;
    return blob ? idsOf(blob) : EMPTY_IDS;
  }

  private readDocuments(ids: string[]): DocumentRecord[] {
    return ids.flatMap((id) => {
      const row = this.statements.getDocument.get(id) as DocumentRow | undefined;
      return row ? [documentOf(row)] : [];
    });
  }

  private readDocumentsOfOrigins(origins: string[]): DocumentRecord[] {
    return origins.flatMap((origin) =>
      (this.statements.documentsOfOrigin.all(origin) as DocumentRow[]).map(documentOf),
    );
  }

  private documentsOfBands(bands: string[]): string[] {
    const found = new Set<string>();
    for (const band of bands)
      for (const id of this.statements.documentsOfBand.all(band) as string[]) found.add(id);
    return [...found];
  }

  private writeOrigins(origins: Map<string, string>): void {
    for (const [id, origin] of origins) this.statements.setOrigin.run(origin, id);
  }

  private readOverrides(ids: string[]): OriginOverride[] {
    return ids.flatMap((id) => {
      const record = this.statements.getOverride.get(id) as string | undefined;
      return record ? [JSON.parse(record) as OriginOverride] : [];
    });
  }

  private writeOverrides(overrides: OriginOverride[]): void {
    for (const override of overrides)
      this.statements.putOverride.run(override.id, JSON.stringify(override));
  }
}
