import type { DocumentRecord } from '../core';
import type { CrosscheckDatabase } from './db';

/** What the corpus page's list shows of a document. */
export type DocumentSummary = Pick<
  DocumentRecord,
  | 'id'
  | 'title'
  | 'outlet'
  | 'published'
  | 'language'
  | 'sentenceCount'
  | 'file'
  | 'url'
  | 'importedAt'
>;

export interface DocumentQuery {
  /** Case-insensitive words that must all appear in the title, outlet, file name or URL. */
  search?: string;
  /** Only documents of this outlet. */
  outlet?: string;
  offset: number;
  limit: number;
}

export interface DocumentPage {
  documents: DocumentSummary[];
  /** How many documents match the query in all (for paging). */
  total: number;
}

export interface OutletCount {
  outlet: string;
  documents: number;
}

/** One line of an export: the documented JSON Lines fields, so the file re-imports as it is. */
export interface ExportRecord {
  title: string;
  text: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  language: string;
  file: string | null;
}

/**
 * Looking after the corpus, beside the engine's `CorpusStore`: browsing, outlets, export. Deleting
 * goes through `CorpusStore.deleteDocuments`, which keeps postings and totals right.
 */
export interface CorpusAdmin {
  /** Newest imports first. */
  browse(query: DocumentQuery): Promise<DocumentPage>;
  outlets(): Promise<OutletCount[]>;
  idsOfOutlet(outlet: string): Promise<string[]>;
  /** Renames an outlet on all its documents; resolves with how many changed. */
  renameOutlet(from: string, to: string): Promise<number>;
  /** Sets the outlet of some documents. */
  setOutlet(ids: string[], outlet: string): Promise<number>;
  /** The whole corpus, or these documents, as export records. */
  exportRecords(ids?: string[]): Promise<ExportRecord[]>;
  /** Bytes the extension's storage uses (all of its origin), or null where the browser won't say. */
  storageUsed(): Promise<number | null>;
}

const summary = (document: DocumentRecord): DocumentSummary => ({
  id: document.id,
  title: document.title,
  outlet: document.outlet,
  published: document.published,
  language: document.language,
  sentenceCount: document.sentenceCount,
  file: document.file,
  url: document.url,
  importedAt: document.importedAt,
});

export class IndexedDbCorpusAdmin implements CorpusAdmin {
  constructor(private readonly db: CrosscheckDatabase) {}

  async browse({ search, outlet, offset, limit }: DocumentQuery): Promise<DocumentPage> {
    const words = (search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const matches = (document: DocumentRecord) => {
      if (outlet !== undefined && document.outlet !== outlet) return false;
      if (!words.length) return true;
      const haystack = [document.title, document.outlet, document.file, document.url]
        .join(' ')
        .toLowerCase();
      return words.every((word) => haystack.includes(word));
    };
    const tx = this.db.transaction('documents');
    if (!words.length && outlet === undefined) {
      // Unfiltered: count, then walk only the requested page of the import-time index.
      const total = await tx.store.count();
      const documents: DocumentSummary[] = [];
      let cursor = await tx.store.index('byImportedAt').openCursor(null, 'prev');
      if (cursor && offset > 0) cursor = await cursor.advance(offset);
      while (cursor && documents.length < limit) {
        documents.push(summary(cursor.value));
        cursor = await cursor.continue();
      }
      return { documents, total };
    }
    // Filtered: a scan (titles are not indexed word by word; a corpus page of a few thousand
    // documents scans in well under a second).
    const source =
      outlet !== undefined
        ? await tx.store.index('byOutlet').getAll(outlet)
        : await tx.store.index('byImportedAt').getAll();
    const all = source.filter(matches).sort((a, b) => b.importedAt - a.importedAt);
    return { documents: all.slice(offset, offset + limit).map(summary), total: all.length };
  }

  async outlets(): Promise<OutletCount[]> {
    const index = this.db.transaction('documents').store.index('byOutlet');
    const counts: OutletCount[] = [];
    for (let cursor = await index.openKeyCursor(null, 'nextunique'); cursor;) {
      counts.push({ outlet: cursor.key, documents: await index.count(cursor.key) });
      cursor = await cursor.continue();
    }
    return counts;
  }

  idsOfOutlet(outlet: string): Promise<string[]> {
    return this.db.getAllKeysFromIndex('documents', 'byOutlet', outlet);
  }

  async renameOutlet(from: string, to: string): Promise<number> {
    return this.setOutlet(await this.idsOfOutlet(from), to);
  }

  async setOutlet(ids: string[], outlet: string): Promise<number> {
    const name = outlet.trim();
    if (!name) throw new Error('Crosscheck storage: an outlet needs a name');
    const tx = this.db.transaction('documents', 'readwrite');
    const found = await Promise.all(ids.map((id) => tx.store.get(id)));
    let changed = 0;
    for (const document of found) {
      if (!document || document.outlet === name) continue;
      void tx.store.put({ ...document, outlet: name });
      changed++;
    }
    await tx.done;
    return changed;
  }

  async exportRecords(ids?: string[]): Promise<ExportRecord[]> {
    const tx = this.db.transaction(['documents', 'texts', 'sentences']);
    const documents = ids
      ? (await Promise.all(ids.map((id) => tx.objectStore('documents').get(id)))).filter(
          (document): document is DocumentRecord => document !== undefined,
        )
      : await tx.objectStore('documents').index('byImportedAt').getAll();
    const texts = await Promise.all(documents.map((d) => tx.objectStore('texts').get(d.id)));
    const byDocument = tx.objectStore('sentences').index('byDocument');
    return Promise.all(
      documents.map(async (document, i) => ({
        title: document.title,
        // Documents stored before schema version 2 have no full text: their claim sentences are
        // the best there is (they re-import as a new document with another id).
        text:
          texts[i]?.text ??
          (await byDocument.getAll(document.id))
            .sort((a, b) => a.position - b.position)
            .map((sentence) => sentence.text)
            .join('\n\n'),
        url: document.url,
        outlet: document.outlet,
        published: document.published,
        language: document.language,
        file: document.file,
      })),
    );
  }

  async storageUsed(): Promise<number | null> {
    const estimate = await globalThis.navigator?.storage?.estimate?.();
    return estimate?.usage ?? null;
  }
}
