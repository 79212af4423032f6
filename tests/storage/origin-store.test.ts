// Origin groups through both stores (the same core logic over each store's reads and writes):
// grouping on add, regrouping on delete, manual overrides that outlive a cleared corpus, and an
// edit of a document's metadata that keeps its group.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  MemoryCorpusStore,
  importDocuments,
  mergeOrigins,
  prepareDocument,
  splitOrigin,
  type CorpusStore,
  type OriginStore,
  type RawDocument,
} from '../../src/core';
import { IndexedDbCorpusStore, openCorpusDatabase } from '../../src/storage';
import { loadSeeds } from '../core/seed-corpus';

let databaseCount = 0;
const stores: [string, () => Promise<CorpusStore & OriginStore>][] = [
  ['memory', async () => new MemoryCorpusStore()],
  [
    'IndexedDB',
    async () => new IndexedDbCorpusStore(await openCorpusDatabase(`origins-${databaseCount++}`)),
  ],
];

const seeds = [...loadSeeds().values()];
const ids = seeds.map((raw: RawDocument) => prepareDocument(raw).document.id);
const originsIn = async (store: CorpusStore) =>
  (await store.getDocuments(ids)).map((d) => d.origin);

describe.each(stores)('%s store origin groups', (_name, open) => {
  it('groups on import: the Reuters pair together, the others apart', async () => {
    const store = await open();
    await importDocuments(store, seeds);
    const [efe, r1, rewrite, r3, ukrinform] = await originsIn(store);
    expect(r3).toBe(r1);
    expect(new Set([efe, r1, rewrite, ukrinform]).size).toBe(4);
    expect((await store.documentsOfOrigins([r1 ?? ''])).map((d) => d.id).sort()).toEqual(
      [ids[1], ids[3]].sort(),
    );
  });

  it('regroups on delete and keeps the group through a metadata edit', async () => {
    const store = await open();
    await importDocuments(store, seeds);
    const [document] = await store.getDocuments([ids[3] ?? '']);
    if (!document) throw new Error('test: 003 not stored');
    await store.updateDocument({ ...document, outlet: 'Newsmax', origin: 'something else' });
    const [, r1, , r3] = await originsIn(store);
    expect(r3).toBe(r1);
    await store.deleteDocuments([ids[1] ?? '']);
    const [after] = await store.getDocuments([ids[3] ?? '']);
    expect(after?.origin).toBe(ids[3]);
  });

  it('keeps manual splits and merges through clear and re-import', async () => {
    const store = await open();
    await importDocuments(store, seeds);
    await splitOrigin(store, ids[3] ?? '');
    await mergeOrigins(store, ids[0] ?? '', ids[4] ?? '');
    await store.clear();
    await importDocuments(store, seeds);
    const [efe, r1, , r3, ukrinform] = await originsIn(store);
    expect(r3).not.toBe(r1);
    expect(ukrinform).toBe(efe);
  });
});
