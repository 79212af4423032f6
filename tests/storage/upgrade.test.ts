// The schema upgrades from version 1 (the walking skeleton's shape, rebuilt here as it was) and
// from version 2 to the current version keep every document, sentence, posting and total, and the
// corpus stays usable; version 3 adds origin groups to what was stored.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../src/core';
import { IndexedDbCorpusAdmin, IndexedDbCorpusStore, openCorpusDatabase } from '../../src/storage';
import { DATABASE_VERSION } from '../../src/storage/schema';

const v1Document = prepareDocument(
  {
    title: 'Kim visits Vladivostok',
    text: 'Kim Jong Un inspected nuclear-capable strategic bombers near Vladivostok on Saturday.\nShoigu organised a lunch for the North Korean delegation afterwards.',
    outlet: 'Reuters',
    file: 'kim.txt',
  },
  1_000,
);

/** A database exactly as version 1 created and filled it. */
async function createVersion1(name: string) {
  const db = await openDB(name, 1, {
    upgrade(v1) {
      const documents = v1.createObjectStore('documents', { keyPath: 'id' });
      documents.createIndex('byBand', 'bands', { multiEntry: true });
      documents.createIndex('byOutlet', 'outlet');
      const sentences = v1.createObjectStore('sentences', { keyPath: 'id' });
      sentences.createIndex('byDocument', 'docId');
      v1.createObjectStore('postings', { keyPath: 'term' });
      v1.createObjectStore('meta');
    },
  });
  const tx = db.transaction(['documents', 'sentences', 'postings', 'meta'], 'readwrite');
  await tx.objectStore('documents').put(v1Document.document);
  const postings = new Map<string, number[]>();
  let id = 1;
  for (const sentence of v1Document.sentences) {
    await tx.objectStore('sentences').put({ ...sentence, id });
    for (const term of sentence.terms) postings.set(term, [...(postings.get(term) ?? []), id]);
    id++;
  }
  for (const [term, ids] of postings) {
    await tx.objectStore('postings').put({ term, sentenceIds: Uint32Array.from(ids) });
  }
  const totalTerms = v1Document.sentences.reduce((sum, s) => sum + s.terms.length, 0);
  await tx
    .objectStore('meta')
    .put({ documents: 1, sentences: id - 1, totalTerms, nextSentenceId: id }, 'totals');
  await tx.done;
  db.close();
}

describe('schema upgrade from version 1', () => {
  it('keeps the stored corpus and adds what the new version needs', async () => {
    expect(DATABASE_VERSION).toBe(4);
    await createVersion1('upgrade-v1');
    const db = await openCorpusDatabase('upgrade-v1');
    expect(db.version).toBe(4);
    expect([...db.objectStoreNames].sort()).toEqual([
      'documents',
      'meta',
      'originOverrides',
      'postings',
      'sentences',
      'termFrequencies',
      'texts',
    ]);
    const store = new IndexedDbCorpusStore(db);
    const admin = new IndexedDbCorpusAdmin(db);

    expect(await store.stats()).toEqual({
      documents: 1,
      sentences: v1Document.sentences.length,
      totalTerms: v1Document.sentences.reduce((sum, s) => sum + s.terms.length, 0),
    });
    // The one document is its own origin group.
    expect(await store.listDocuments()).toEqual([
      { ...v1Document.document, origin: v1Document.document.id },
    ]);
    const term = v1Document.sentences[0]?.terms[0] ?? '';
    expect([...((await store.getPostings([term])).get(term) ?? [])]).toContain(1);
    expect((await store.getTermFrequencies([term])).get(term)).toBe(1);

    // The new import-time index covers the old document.
    const page = await admin.browse({ offset: 0, limit: 10 });
    expect(page.documents.map((d) => d.id)).toEqual([v1Document.document.id]);
    // An old document has no stored text: its export falls back to its claim sentences.
    const [exported] = await admin.exportRecords();
    expect(exported?.text).toBe(v1Document.sentences.map((s) => s.text).join('\n\n'));

    // New documents go on from the old totals, and old ones can still be deleted cleanly.
    const added = prepareDocument({
      title: 'Ballet',
      text: 'Kim watched a ballet in Vladivostok on Saturday evening.',
    });
    await store.addDocuments([
      { ...added, text: 'Kim watched a ballet in Vladivostok on Saturday evening.' },
    ]);
    expect((await store.stats()).documents).toBe(2);
    expect(await store.deleteDocuments([v1Document.document.id])).toEqual([v1Document.document.id]);
    expect(await store.stats()).toMatchObject({ documents: 1, sentences: added.sentences.length });
    db.close();
  });
});
