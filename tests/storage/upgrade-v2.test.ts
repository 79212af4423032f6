// The schema upgrade from version 2 to 3 groups what was stored: documents of version 2 carry
// 3-row LSH bands ("bN:" keys), no shingle count and no origin group. After the upgrade the two
// Reuters reprints of the seeds share a group, the other stories do not, the bands are the current
// ones (so a copy imported later finds the old documents), and the corpus stays usable.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { prepareDocument, type DocumentRecord, type PreparedDocument } from '../../src/core';
import { IndexedDbCorpusStore, openCorpusDatabase } from '../../src/storage';
import { loadSeeds } from '../core/seed-corpus';
import { fillOldDatabase } from './old-database';

const seeds = loadSeeds();

/** A document as version 2 stored it: the bands of that version's LSH, no shingles, no origin. */
function asVersion2({ document }: PreparedDocument): DocumentRecord {
  const rest: DocumentRecord = { ...document };
  delete rest.shingles;
  const bands: string[] = [];
  for (let start = 0; start + 3 <= rest.signature.length; start += 3)
    bands.push(`b${start / 3}:${rest.signature.slice(start, start + 3).join('-')}`);
  return { ...rest, bands };
}

async function createVersion2(name: string, prepared: PreparedDocument[]) {
  const db = await openDB(name, 2, {
    upgrade(v2) {
      const documents = v2.createObjectStore('documents', { keyPath: 'id' });
      documents.createIndex('byBand', 'bands', { multiEntry: true });
      documents.createIndex('byOutlet', 'outlet');
      documents.createIndex('byImportedAt', 'importedAt');
      const sentences = v2.createObjectStore('sentences', { keyPath: 'id' });
      sentences.createIndex('byDocument', 'docId');
      v2.createObjectStore('postings', { keyPath: 'term' });
      v2.createObjectStore('meta');
      v2.createObjectStore('texts', { keyPath: 'id' });
    },
  });
  await fillOldDatabase(db, prepared.map(asVersion2), prepared);
  db.close();
}

describe('schema upgrade from version 2', () => {
  it('groups the stored documents, renews their bands and keeps the corpus usable', async () => {
    const prepared = [...seeds.values()].map((raw) => prepareDocument(raw, 1_000));
    await createVersion2('upgrade-v2', prepared);
    const db = await openCorpusDatabase('upgrade-v2');
    expect(db.version).toBe(4); // through version 3, then on to 4 (term frequencies)
    const store = new IndexedDbCorpusStore(db);
    expect((await store.stats()).documents).toBe(5);

    const stored = await store.getDocuments(prepared.map((p) => p.document.id));
    const [efe, reuters1, rewrite, reuters3, ukrinform] = stored.map((d) => d.origin);
    expect(reuters3).toBe(reuters1);
    expect(new Set([efe, reuters1, rewrite, ukrinform]).size).toBe(4);
    for (const [i, document] of stored.entries())
      expect(document.bands).toEqual(prepared[i]?.document.bands);

    // A Reuters copy imported after the upgrade finds the old copies through the new bands.
    const copy = prepareDocument({
      title: 'Kim talks ties with Shoigu',
      text: (seeds.get('001')?.text ?? '').split('\n').slice(8).join('\n'),
    });
    await store.addDocuments([copy]);
    const [added] = await store.getDocuments([copy.document.id]);
    expect(added?.origin).toBe(reuters1);

    // Deleting the old documents regroups what is left.
    await store.deleteDocuments([prepared[1]?.document.id ?? '', prepared[3]?.document.id ?? '']);
    const [left] = await store.getDocuments([copy.document.id]);
    expect(left?.origin).toBe(copy.document.id);
    expect((await store.stats()).documents).toBe(4);
    db.close();
  });
});
