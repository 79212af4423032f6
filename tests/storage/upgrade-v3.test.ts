// The schema upgrade from version 3 to 4 counts, for every stored term, the sentences that contain
// it (its postings' length) into the new `termFrequencies` store; the counts then follow adds and
// deletes like the postings do.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { MemoryCorpusStore, prepareDocument } from '../../src/core';
import { IndexedDbCorpusStore, openCorpusDatabase } from '../../src/storage';
import { loadSeeds } from '../core/seed-corpus';
import { fillOldDatabase } from './old-database';

const prepared = [...loadSeeds().values()].slice(0, 6).map((raw) => prepareDocument(raw, 1_000));

/** A database as version 3 created and filled it: the version 3 stores and indexes, documents with
 *  their origin group, sentences, postings and totals; no term frequencies. */
async function createVersion3(name: string) {
  const db = await openDB(name, 3, {
    upgrade(v3) {
      const documents = v3.createObjectStore('documents', { keyPath: 'id' });
      documents.createIndex('byBand', 'bands', { multiEntry: true });
      documents.createIndex('byOutlet', 'outlet');
      documents.createIndex('byImportedAt', 'importedAt');
      documents.createIndex('byOrigin', 'origin');
      const sentences = v3.createObjectStore('sentences', { keyPath: 'id' });
      sentences.createIndex('byDocument', 'docId');
      v3.createObjectStore('postings', { keyPath: 'term' });
      v3.createObjectStore('meta');
      v3.createObjectStore('texts', { keyPath: 'id' });
      v3.createObjectStore('originOverrides', { keyPath: 'id' });
    },
  });
  // Documents with their origin group, as the memory store's add assigns it (the same grouping
  // version 3's add ran).
  const grouped = new MemoryCorpusStore();
  await grouped.addDocuments(prepared);
  const postings = await fillOldDatabase(db, await grouped.listDocuments(), prepared);
  db.close();
  return postings;
}

describe('schema upgrade from version 3', () => {
  it('counts the stored postings into term frequencies, which then follow adds and deletes', async () => {
    const postings = await createVersion3('upgrade-v3');
    const terms = [...postings.keys()];
    expect(terms.length).toBeGreaterThan(50);
    expect(terms.some((term) => (postings.get(term)?.length ?? 0) > 1)).toBe(true);

    const db = await openCorpusDatabase('upgrade-v3');
    expect(db.version).toBe(4);
    const store = new IndexedDbCorpusStore(db);
    const expected = new Map(terms.map((term) => [term, postings.get(term)?.length ?? 0]));
    expect(await store.getTermFrequencies([...terms, 'no-such-term'])).toEqual(
      new Map([...expected, ['no-such-term', 0]]),
    );
    expect(await db.count('termFrequencies')).toBe(terms.length);

    const countsFromPostings = async () => {
      const lists = await store.getPostings(terms);
      return new Map(terms.map((term) => [term, lists.get(term)?.length ?? 0]));
    };
    const [first, second] = prepared;
    await store.deleteDocuments([first?.document.id ?? '']);
    expect(await store.getTermFrequencies(terms)).toEqual(await countsFromPostings());
    await store.addDocuments(first ? [first] : []);
    expect(await store.getTermFrequencies(terms)).toEqual(expected);
    await store.deleteDocuments([second?.document.id ?? '']);
    expect(await store.getTermFrequencies(terms)).toEqual(await countsFromPostings());
    db.close();
  });
});
