// Origin groups at import: copies of one text share a group, other stories on the same event do
// not, and groups follow deletions and the reader's manual splits and merges.
import { describe, expect, it } from 'vitest';
import {
  MemoryCorpusStore,
  importDocuments,
  mergeOrigins,
  prepareDocument,
  splitOrigin,
  type RawDocument,
} from '../../src/core';
import { loadSeeds } from './seed-corpus';

const seeds = loadSeeds();
const seed = (key: string) => seeds.get(key) as RawDocument;
const idOf = (raw: RawDocument) => prepareDocument(raw).document.id;

async function originsOf(store: MemoryCorpusStore, raws: RawDocument[]) {
  const records = await store.getDocuments(raws.map(idOf));
  return records.map((record) => record.origin);
}

/** The Reuters story (001) as other sites reprint it. */
const reuters = seed('001');
const paragraphs = reuters.text.split(/\n\s*\n/).filter((p) => p.trim());
const body = paragraphs.filter((p) => p.length > 120);
const variants: [string, RawDocument][] = [
  [
    'boilerplate added',
    {
      title: reuters.title,
      text: [
        'Subscribe to our newsletter for the day’s top stories.',
        ...paragraphs,
        'Follow us on Telegram and X for more news.',
        'Copyright 2023 Example Media Group. All rights reserved.',
      ].join('\n\n'),
    },
  ],
  ['paragraphs reordered', { title: reuters.title, text: [...body].reverse().join('\n\n') }],
  ['trimmed to its first half', { title: reuters.title, text: body.slice(0, 5).join('\n\n') }],
  [
    'headline changed',
    { title: 'Kim and Shoigu talk military ties', text: paragraphs.slice(1).join('\n\n') },
  ],
  [
    'extra paragraphs of local reaction',
    {
      title: reuters.title,
      text: [
        ...body,
        'Analysts in Seoul said the visit showed how far the two countries had come since the summit, and warned that any transfer of weapons technology would alarm the region.',
        'The foreign ministry in Tokyo said it was watching the visit closely and would coordinate its response with Washington and Seoul in the coming days.',
        'Opposition lawmakers in South Korea called for an emergency session of parliament to discuss the implications of the talks for the peninsula.',
      ].join('\n\n'),
    },
  ],
];

describe('origin groups of the seeds', () => {
  it('puts the two Reuters reprints (001, 003) in one group and every other story in its own', async () => {
    const store = new MemoryCorpusStore();
    await importDocuments(store, seeds.values());
    const [efe, r1, rewrite, r3, ukrinform] = await originsOf(store, [...seeds.values()]);
    expect(r1).toBeDefined();
    expect(r3).toBe(r1);
    expect(new Set([efe, r1, rewrite, ukrinform]).size).toBe(4);
  });

  it('groups the same way whatever the import order, one batch or one at a time', async () => {
    const store = new MemoryCorpusStore();
    for (const key of ['003', '000', '004', '001', '002'])
      await importDocuments(store, [seed(key)]);
    const [efe, r1, rewrite, r3, ukrinform] = await originsOf(store, [...seeds.values()]);
    expect(r3).toBe(r1);
    expect(new Set([efe, r1, rewrite, ukrinform]).size).toBe(4);
  });

  it.each(variants)('joins a synthetic reprint (%s) to the Reuters group', async (_, variant) => {
    const store = new MemoryCorpusStore();
    await importDocuments(store, [...seeds.values(), variant]);
    const [r1, copy, efe, rewrite] = await originsOf(store, [
      reuters,
      variant,
      seed('000'),
      seed('002'),
    ]);
    expect(copy).toBe(r1);
    expect(efe).not.toBe(r1);
    expect(rewrite).not.toBe(r1);
  });
});

describe('origin groups as the corpus changes', () => {
  // A long copy bridging two trimmed copies that share no paragraph with each other.
  const head = { title: 'Head', text: body.slice(0, 4).join('\n\n') };
  const tail = { title: 'Tail', text: body.slice(5).join('\n\n') };
  const whole = { title: 'Whole', text: body.join('\n\n') };

  it('splits a group when the document that bridged two copies is deleted', async () => {
    const store = new MemoryCorpusStore();
    await importDocuments(store, [head, tail]);
    const [h0, t0] = await originsOf(store, [head, tail]);
    expect(h0).not.toBe(t0);
    await importDocuments(store, [whole]);
    const [h1, t1, w1] = await originsOf(store, [head, tail, whole]);
    expect(h1).toBe(w1);
    expect(t1).toBe(w1);
    await store.deleteDocuments([idOf(whole)]);
    const [h2, t2] = await originsOf(store, [head, tail]);
    expect(h2).not.toBe(t2);
  });

  it('remembers a manual split and a manual merge across a re-import', async () => {
    const store = new MemoryCorpusStore();
    await importDocuments(store, seeds.values());
    await splitOrigin(store, idOf(seed('003')));
    await mergeOrigins(store, idOf(seed('000')), idOf(seed('004')));
    const check = async () => {
      const [efe, r1, , r3, ukrinform] = await originsOf(store, [...seeds.values()]);
      expect(r3).not.toBe(r1);
      expect(ukrinform).toBe(efe);
      expect(efe).not.toBe(r1);
    };
    await check();
    await store.clear();
    await importDocuments(store, seeds.values());
    await check();
  });

  it('merging two groups moves every member of both', async () => {
    const store = new MemoryCorpusStore();
    await importDocuments(store, seeds.values());
    await mergeOrigins(store, idOf(seed('000')), idOf(seed('003')));
    const [efe, r1, , r3] = await originsOf(store, [...seeds.values()]);
    expect(r1).toBe(efe);
    expect(r3).toBe(efe);
    // Splitting 000 off again undoes the merge and leaves the Reuters pair together.
    await splitOrigin(store, idOf(seed('000')));
    const [efe2, r1b, , r3b] = await originsOf(store, [...seeds.values()]);
    expect(r1b).toBe(r3b);
    expect(efe2).not.toBe(r1b);
  });
});
