import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importDocuments, prepareDocument } from '../../src/core';
import { IndexedDbCorpusStore, IndexedDbOriginAdmin, openCorpusDatabase } from '../../src/storage';
import { loadSeeds } from '../core/seed-corpus';

const seeds = [...loadSeeds().values()];
const ids = seeds.map((raw) => prepareDocument(raw).document.id);

async function filled(name: string) {
  const db = await openCorpusDatabase(name);
  const store = new IndexedDbCorpusStore(db);
  await importDocuments(store, seeds);
  return new IndexedDbOriginAdmin(db, store);
}

describe('origin admin', () => {
  it('lists groups of copies, and with a search the groups of matching documents', async () => {
    const admin = await filled('origin-admin-list');
    const { groups, total } = await admin.groups({ offset: 0, limit: 10 });
    expect(total).toBe(1);
    expect(groups[0]?.documents.map((d) => d.id).sort()).toEqual([ids[1], ids[3]].sort());
    expect(groups[0]?.documents.map((d) => d.credit)).toEqual(['Reuters', 'Reuters']);
    // 000's and 002's titles name North Korea too: their groups of one are listed as well. (Not
    // "kim": the five share one file, kim-shoigu-talks-2023-09.jsonl, and the search reads names.)
    const found = await admin.groups({ search: 'north korea', offset: 0, limit: 10 });
    expect(found.total).toBe(3);
  });

  it('splits and merges by hand, and marks what was done by hand', async () => {
    const admin = await filled('origin-admin-edit');
    await admin.split(ids[3] ?? '');
    expect((await admin.groups({ offset: 0, limit: 10 })).total).toBe(0);
    await admin.merge([ids[0] ?? '', ids[2] ?? '', ids[4] ?? '']);
    const { groups } = await admin.groups({ offset: 0, limit: 10 });
    expect(groups.length).toBe(1);
    expect(groups[0]?.documents.map((d) => d.id).sort()).toEqual([ids[0], ids[2], ids[4]].sort());
    expect(groups[0]?.documents.every((d) => d.manual === 'merged')).toBe(true);
    const split = await admin.groups({ search: 'newsmax', offset: 0, limit: 10 });
    expect(split.groups[0]?.documents[0]?.manual).toBe('split');
  });
});
