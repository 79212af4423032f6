// The contract every CorpusStore keeps, run against each backend (memory, IndexedDB, SQLite):
// indexing, duplicates, deletes, term frequencies, bands, metadata edits, clear, and origin groups
// (grouping on add, regrouping on delete, manual overrides that outlive a cleared corpus).
// A backend's own test file calls `corpusStoreContract` with a function that opens an empty store.
import { describe, expect, it } from 'vitest';
import {
  importDocuments,
  mergeOrigins,
  prepareDocument,
  splitOrigin,
  type CorpusStore,
  type OriginStore,
  type RawDocument,
} from '../../src/core';
import { loadSeeds } from '../core/seed-corpus';

export type OpenStore = () => Promise<CorpusStore & OriginStore>;

const bombers = prepareDocument({
  title: 'Kim visits Vladivostok',
  text: 'Kim Jong Un inspected nuclear-capable strategic bombers near Vladivostok on Saturday.\nShoigu organised a lunch for the North Korean delegation afterwards.',
  outlet: 'Reuters',
  file: 'kim.txt',
});
const ballet = prepareDocument({
  title: 'Ballet evening',
  text: 'On Saturday evening, Kim watched a ballet performance of Sleeping Beauty in Vladivostok, it added.',
  outlet: 'EFE',
  file: 'ballet.txt',
});

const seedMap = loadSeeds();
const seeds = [...seedMap.values()];
const seedIds = seeds.map((raw: RawDocument) => prepareDocument(raw).document.id);
const originsIn = async (store: CorpusStore) =>
  (await store.getDocuments(seedIds)).map((d) => d.origin);

const seed = (key: string) => seedMap.get(key) as RawDocument;
const idOf = (raw: RawDocument) => prepareDocument(raw).document.id;

async function originsOf(store: CorpusStore, raws: RawDocument[]) {
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

export function corpusStoreContract(open: OpenStore): void {
  describe('corpus', () => {
    it('indexes sentences so postings lead back to them', async () => {
      const store = await open();
      expect(await store.addDocuments([bombers, ballet])).toEqual({
        added: [bombers.document.id, ballet.document.id],
        duplicates: [],
      });
      const term = bombers.sentences[0]?.terms[0] ?? '';
      const postings = await store.getPostings([term, 'no-such-term']);
      expect(postings.get('no-such-term')).toEqual(new Uint32Array(0));
      const sentences = await store.getSentences([...(postings.get(term) ?? [])]);
      expect(sentences.map((s) => s.docId)).toContain(bombers.document.id);
      expect(await store.stats()).toMatchObject({
        documents: 2,
        sentences: bombers.sentences.length + ballet.sentences.length,
      });
    });

    it('gives back every field of a document and of its sentences', async () => {
      const store = await open();
      await store.addDocuments([bombers]);
      expect(await store.getDocuments([bombers.document.id, 'missing'])).toEqual([
        { ...bombers.document, origin: bombers.document.id },
      ]);
      const terms = [...new Set(bombers.sentences.flatMap((s) => s.terms))];
      const ids = new Set([...(await store.getPostings(terms)).values()].flatMap((l) => [...l]));
      const sentences = await store.getSentences([...ids]);
      expect(sentences.map(({ id: _id, ...rest }) => rest)).toEqual(bombers.sentences);
    });

    it('does not store a document twice, within a batch or across batches', async () => {
      const store = await open();
      await store.addDocuments([bombers]);
      const again = await store.addDocuments([bombers, ballet, ballet]);
      expect(again.added).toEqual([ballet.document.id]);
      expect(again.duplicates).toEqual([bombers.document.id, ballet.document.id]);
      expect((await store.stats()).documents).toBe(2);
    });

    it('deletes a document with its sentences and postings', async () => {
      const store = await open();
      await store.addDocuments([bombers, ballet]);
      expect(await store.deleteDocuments([ballet.document.id, 'missing'])).toEqual([
        ballet.document.id,
      ]);
      const balletOnlyTerm = ballet.sentences[0]?.terms.find((t) => t.startsWith('ballet')) ?? '';
      expect((await store.getPostings([balletOnlyTerm])).get(balletOnlyTerm)).toEqual(
        new Uint32Array(0),
      );
      expect((await store.listDocuments()).map((d) => d.id)).toEqual([bombers.document.id]);
      expect(await store.stats()).toMatchObject({
        documents: 1,
        sentences: bombers.sentences.length,
      });
    });

    it('counts the sentences that contain each term, through adds and deletes', async () => {
      const store = await open();
      const counts = async (terms: string[]) => {
        const postings = await store.getPostings(terms);
        return new Map(terms.map((term) => [term, postings.get(term)?.length ?? 0]));
      };
      const terms = [
        ...new Set([...bombers.sentences, ...ballet.sentences].flatMap((s) => s.terms)),
        'no-such-term',
      ];
      expect(await store.getTermFrequencies(terms)).toEqual(new Map(terms.map((t) => [t, 0])));
      await store.addDocuments([bombers]);
      await store.addDocuments([ballet]);
      const both = await store.getTermFrequencies(terms);
      expect(both).toEqual(await counts(terms));
      // "vladivostok" is in a sentence of each document.
      const shared = terms.find((t) => t.startsWith('vladivostok')) ?? '';
      expect(both.get(shared)).toBe(2);
      expect(both.get('no-such-term')).toBe(0);
      await store.deleteDocuments([bombers.document.id]);
      const after = await store.getTermFrequencies(terms);
      expect(after).toEqual(await counts(terms));
      expect(after.get(shared)).toBe(1);
      await store.clear();
      expect(await store.getTermFrequencies(terms)).toEqual(new Map(terms.map((t) => [t, 0])));
    });

    it('finds documents by shared LSH bands', async () => {
      const store = await open();
      const banded = structuredClone(bombers);
      banded.document.bands = ['0:abc', '1:def'];
      await store.addDocuments([banded, ballet]);
      expect(await store.findDocumentsByBands(['1:def', '9:zzz'])).toEqual([bombers.document.id]);
    });

    it('updates metadata of a stored document and refuses an unknown one', async () => {
      const store = await open();
      await store.addDocuments([bombers]);
      await store.updateDocument({ ...bombers.document, outlet: 'Reuters (edited)' });
      expect((await store.getDocuments([bombers.document.id]))[0]?.outlet).toBe('Reuters (edited)');
      await expect(store.updateDocument(ballet.document)).rejects.toThrow(/no document/);
    });

    it('clears everything', async () => {
      const store = await open();
      await store.addDocuments([bombers, ballet]);
      await store.clear();
      expect(await store.stats()).toEqual({ documents: 0, sentences: 0, totalTerms: 0 });
    });
  });

  describe('origin groups through the store', () => {
    it('groups on import: the Reuters pair together, the others apart', async () => {
      const store = await open();
      await importDocuments(store, seeds);
      const [efe, r1, rewrite, r3, ukrinform] = await originsIn(store);
      expect(r3).toBe(r1);
      expect(new Set([efe, r1, rewrite, ukrinform]).size).toBe(4);
      expect((await store.documentsOfOrigins([r1 ?? ''])).map((d) => d.id).sort()).toEqual(
        [seedIds[1], seedIds[3]].sort(),
      );
    });

    it('regroups on delete and keeps the group through a metadata edit', async () => {
      const store = await open();
      await importDocuments(store, seeds);
      const [document] = await store.getDocuments([seedIds[3] ?? '']);
      if (!document) throw new Error('test: 003 not stored');
      await store.updateDocument({ ...document, outlet: 'Newsmax', origin: 'something else' });
      const [, r1, , r3] = await originsIn(store);
      expect(r3).toBe(r1);
      await store.deleteDocuments([seedIds[1] ?? '']);
      const [after] = await store.getDocuments([seedIds[3] ?? '']);
      expect(after?.origin).toBe(seedIds[3]);
    });

    it('keeps manual splits and merges through clear and re-import', async () => {
      const store = await open();
      await importDocuments(store, seeds);
      await splitOrigin(store, seedIds[3] ?? '');
      await mergeOrigins(store, seedIds[0] ?? '', seedIds[4] ?? '');
      await store.clear();
      await importDocuments(store, seeds);
      const [efe, r1, , r3, ukrinform] = await originsIn(store);
      expect(r3).not.toBe(r1);
      expect(ukrinform).toBe(efe);
    });
  });

  describe('origin groups of the seeds', () => {
    it('puts the two Reuters reprints (001, 003) in one group and every other story in its own', async () => {
      const store = await open();
      await importDocuments(store, seedMap.values());
      const [efe, r1, rewrite, r3, ukrinform] = await originsOf(store, [...seedMap.values()]);
      expect(r1).toBeDefined();
      expect(r3).toBe(r1);
      expect(new Set([efe, r1, rewrite, ukrinform]).size).toBe(4);
    });

    it('groups the same way whatever the import order, one batch or one at a time', async () => {
      const store = await open();
      for (const key of ['003', '000', '004', '001', '002'])
        await importDocuments(store, [seed(key)]);
      const [efe, r1, rewrite, r3, ukrinform] = await originsOf(store, [...seedMap.values()]);
      expect(r3).toBe(r1);
      expect(new Set([efe, r1, rewrite, ukrinform]).size).toBe(4);
    });

    it.each(variants)('joins a synthetic reprint (%s) to the Reuters group', async (_, variant) => {
      const store = await open();
      await importDocuments(store, [...seedMap.values(), variant]);
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
      const store = await open();
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
      const store = await open();
      await importDocuments(store, seedMap.values());
      await splitOrigin(store, idOf(seed('003')));
      await mergeOrigins(store, idOf(seed('000')), idOf(seed('004')));
      const check = async () => {
        const [efe, r1, , r3, ukrinform] = await originsOf(store, [...seedMap.values()]);
        expect(r3).not.toBe(r1);
        expect(ukrinform).toBe(efe);
        expect(efe).not.toBe(r1);
      };
      await check();
      await store.clear();
      await importDocuments(store, seedMap.values());
      await check();
    });

    it('merging two groups moves every member of both', async () => {
      const store = await open();
      await importDocuments(store, seedMap.values());
      await mergeOrigins(store, idOf(seed('000')), idOf(seed('003')));
      const [efe, r1, , r3] = await originsOf(store, [...seedMap.values()]);
      expect(r1).toBe(efe);
      expect(r3).toBe(efe);
      // Splitting 000 off again undoes the merge and leaves the Reuters pair together.
      await splitOrigin(store, idOf(seed('000')));
      const [efe2, r1b, , r3b] = await originsOf(store, [...seedMap.values()]);
      expect(r1b).toBe(r3b);
      expect(efe2).not.toBe(r1b);
    });
  });
}
