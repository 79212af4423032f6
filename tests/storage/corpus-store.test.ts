import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { MemoryCorpusStore, prepareDocument, type CorpusStore } from '../../src/core';
import { IndexedDbCorpusStore, openCorpusDatabase } from '../../src/storage';

let databaseCount = 0;
const stores: [string, () => Promise<CorpusStore>][] = [
  ['memory', async () => new MemoryCorpusStore()],
  [
    'IndexedDB',
    async () => new IndexedDbCorpusStore(await openCorpusDatabase(`test-${databaseCount++}`)),
  ],
];

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

describe.each(stores)('%s corpus store', (_name, open) => {
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
