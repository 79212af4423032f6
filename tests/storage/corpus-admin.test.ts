import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { prepareDocument, type RawDocument } from '../../src/core';
import { IndexedDbCorpusAdmin, IndexedDbCorpusStore, openCorpusDatabase } from '../../src/storage';

let databaseCount = 0;

async function openBoth() {
  const db = await openCorpusDatabase(`admin-${databaseCount++}`);
  return { store: new IndexedDbCorpusStore(db), admin: new IndexedDbCorpusAdmin(db) };
}

const raw = (n: number, outlet: string): RawDocument => ({
  title: `Council budget ${n}`,
  text: `The council approved budget number ${n} on Tuesday after a long debate.\nThe mayor said the vote was close.`,
  outlet,
  url: `https://${outlet.toLowerCase()}.example/${n}`,
  published: `2023-09-${String(n + 1).padStart(2, '0')}`,
  file: `${n}.txt`,
});

async function filled(count = 12) {
  const both = await openBoth();
  for (let n = 0; n < count; n++) {
    const document = raw(n, n % 3 === 0 ? 'Reuters' : 'EFE');
    await both.store.addDocuments([
      { ...prepareDocument(document, 1000 + n), text: document.text },
    ]);
  }
  return both;
}

describe('IndexedDbCorpusAdmin', () => {
  it('pages through the corpus newest import first', async () => {
    const { admin } = await filled();
    const first = await admin.browse({ offset: 0, limit: 5 });
    expect(first.total).toBe(12);
    expect(first.documents.map((d) => d.title)).toEqual([
      'Council budget 11',
      'Council budget 10',
      'Council budget 9',
      'Council budget 8',
      'Council budget 7',
    ]);
    const last = await admin.browse({ offset: 10, limit: 5 });
    expect(last.documents.map((d) => d.title)).toEqual(['Council budget 1', 'Council budget 0']);
    expect(last.documents[0]).toMatchObject({ outlet: 'EFE', sentenceCount: 2, language: 'en' });
  });

  it('searches titles, outlets, files and URLs, and filters by outlet', async () => {
    const { admin } = await filled();
    const search = await admin.browse({ search: 'BUDGET 1', offset: 0, limit: 50 });
    expect(search.documents.map((d) => d.title).sort()).toEqual([
      'Council budget 1',
      'Council budget 10',
      'Council budget 11',
    ]);
    const reuters = await admin.browse({ outlet: 'Reuters', offset: 0, limit: 2 });
    expect(reuters.total).toBe(4);
    expect(reuters.documents).toHaveLength(2);
    expect(await admin.browse({ search: 'reuters.example/3', offset: 0, limit: 9 })).toMatchObject({
      total: 1,
    });
  });

  it('counts, renames and deletes by outlet', async () => {
    const { admin, store } = await filled();
    expect(await admin.outlets()).toEqual([
      { outlet: 'EFE', documents: 8 },
      { outlet: 'Reuters', documents: 4 },
    ]);
    expect(await admin.renameOutlet('EFE', 'Agencia EFE')).toBe(8);
    expect((await admin.outlets()).map((o) => o.outlet)).toEqual(['Agencia EFE', 'Reuters']);
    const ids = await admin.idsOfOutlet('Reuters');
    expect(await store.deleteDocuments(ids)).toHaveLength(4);
    expect(await store.stats()).toMatchObject({ documents: 8, sentences: 16 });
    expect(await admin.outlets()).toEqual([{ outlet: 'Agencia EFE', documents: 8 }]);
  });

  it('exports records that re-import to the same ids, outlets and metadata', async () => {
    const { admin, store } = await filled(4);
    await admin.setOutlet([prepareDocument(raw(1, 'EFE')).document.id], 'Renamed');
    const exported = await admin.exportRecords();
    expect(exported).toHaveLength(4);

    const again = await openBoth();
    const lines = exported.map((record) => JSON.stringify(record)).join('\n');
    const reread = lines.split('\n').map((line) => JSON.parse(line) as RawDocument);
    await again.store.addDocuments(reread.map((r) => ({ ...prepareDocument(r), text: r.text })));
    const before = await store.listDocuments();
    const after = await again.store.listDocuments();
    const shape = (d: (typeof before)[number]) => [d.id, d.title, d.outlet, d.url, d.published];
    expect(after.map(shape).sort()).toEqual(before.map(shape).sort());
    expect(after.find((d) => d.outlet === 'Renamed')?.title).toBe('Council budget 1');
    expect(await again.store.stats()).toEqual(await store.stats());
  });

  it('exports a selection, and deleting removes the text too', async () => {
    const { admin, store } = await filled(3);
    const id = prepareDocument(raw(2, 'Reuters')).document.id;
    expect((await admin.exportRecords([id, 'missing'])).map((r) => r.title)).toEqual([
      'Council budget 2',
    ]);
    await store.deleteDocuments([id]);
    expect(await admin.exportRecords([id])).toEqual([]);
    await store.clear();
    expect(await admin.exportRecords()).toEqual([]);
  });
});
