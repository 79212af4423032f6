// The SQLite store: the same contract as the memory and IndexedDB stores, on a file; what a file
// adds (reopening it, a batch that fails half way, files it must refuse); and the same check
// report as the memory store, byte for byte.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  MemoryCorpusStore,
  checkArticle,
  prepareDocument,
  type CorpusStore,
  type PreparedDocument,
} from '../../src/core';
import { SqliteCorpusStore } from '../../src/node/sqlite-store';
import { prepareImported } from '../../src/importers/prepare';
import { readArticle } from '../../src/cli/read-input';
import { corpusStoreContract } from '../storage/store-contract';
import { loadSeeds } from '../core/seed-corpus';

const work = mkdtempSync(join(tmpdir(), 'crosscheck-sqlite-'));
let fileCount = 0;
const freshPath = () => join(work, `corpus-${fileCount++}.db`);
const opened: SqliteCorpusStore[] = [];
const openFresh = async () => {
  const store = SqliteCorpusStore.open(freshPath());
  opened.push(store);
  return store;
};

afterAll(async () => {
  for (const store of opened) await store.close().catch(() => undefined);
  rmSync(work, { recursive: true, force: true });
});

describe('SQLite corpus store', () => corpusStoreContract(openFresh));

const prepared: PreparedDocument[] = [...loadSeeds().values()].map((raw) => prepareDocument(raw));

/** Everything a reader of the store can see, for comparing two stores or two openings. */
async function snapshot(store: CorpusStore) {
  const documents = await store.listDocuments();
  const terms = [...new Set(prepared.flatMap((p) => p.sentences.flatMap((s) => s.terms)))];
  const postings = await store.getPostings(terms);
  const sentenceIds = [...new Set([...postings.values()].flatMap((ids) => [...ids]))].sort(
    (a, b) => a - b,
  );
  return {
    documents,
    stats: await store.stats(),
    postings: [...postings].map(([term, ids]) => [term, [...ids]]),
    frequencies: [...(await store.getTermFrequencies(terms))],
    sentences: await store.getSentences(sentenceIds),
    bands: await store.findDocumentsByBands(documents.flatMap((d) => d.bands)),
  };
}

describe('SQLite corpus store on disk', () => {
  it('gives the same answers after the file is closed and opened again', async () => {
    const path = freshPath();
    const store = SqliteCorpusStore.open(path);
    await store.addDocuments(prepared.slice(0, 3));
    await store.addDocuments(prepared.slice(3));
    const before = await snapshot(store);
    await store.close();
    const again = SqliteCorpusStore.open(path, { mustExist: true });
    opened.push(again);
    expect(await snapshot(again)).toEqual(before);
    expect(await again.addDocuments(prepared)).toEqual({
      added: [],
      duplicates: prepared.map((p) => p.document.id),
    });
  });

  it('holds the same corpus as the memory store given the same documents', async () => {
    const memory = new MemoryCorpusStore();
    const sqlite = await openFresh();
    for (const store of [memory, sqlite]) {
      await store.addDocuments(prepared.slice(0, 2));
      await store.addDocuments(prepared.slice(2));
      await store.deleteDocuments([prepared[1]?.document.id ?? '']);
    }
    expect(await snapshot(sqlite)).toEqual(await snapshot(memory));
  });

  it('stores none of a batch that fails half way', async () => {
    const store = await openFresh();
    await store.addDocuments(prepared.slice(0, 1));
    const broken = structuredClone(prepared[2]) as PreparedDocument;
    (broken.sentences[0] as { terms: unknown }).terms = null; // fails while it is written
    await expect(store.addDocuments([prepared[1] as PreparedDocument, broken])).rejects.toThrow();
    expect((await store.listDocuments()).map((d) => d.id)).toEqual([prepared[0]?.document.id]);
    expect(await store.stats()).toEqual({
      documents: 1,
      sentences: prepared[0]?.sentences.length,
      totalTerms: prepared[0]?.sentences.reduce((n, s) => n + s.terms.length, 0),
    });
    // The store goes on working after the rollback.
    expect((await store.addDocuments(prepared.slice(1, 2))).added).toHaveLength(1);
  });

  it('refuses a file that is not a Crosscheck index, and a missing one when told to', () => {
    const text = join(work, 'notes.db');
    writeFileSync(text, 'not a database at all, just some words in a file\n'.repeat(100));
    expect(() => SqliteCorpusStore.open(text)).toThrow(
      /SqliteCorpusStore: cannot open .*notes\.db/,
    );
    expect(readFileSync(text, 'utf8')).toMatch(/^not a database/);
    expect(() => SqliteCorpusStore.open(join(work, 'missing.db'), { mustExist: true })).toThrow(
      /SqliteCorpusStore: cannot open/,
    );
  });
});

describe('a check through the SQLite store', () => {
  it('gives the same report, byte for byte, as through the memory store', async () => {
    const article = readArticle(
      fileURLToPath(new URL('../../samples/article.html', import.meta.url)),
    );
    // The sample corpus as the CLI prepares it, once: both stores get the same records.
    const documents = [...loadSeeds().values()].map((raw) => prepareImported(raw));
    const input = {
      title: article.title,
      text: article.text,
      language: article.language ?? null,
      documentId: prepareDocument(article).document.id,
    };
    const memory = new MemoryCorpusStore();
    await memory.addDocuments(documents);
    const path = freshPath();
    const written = SqliteCorpusStore.open(path);
    await written.addDocuments(documents);
    await written.close();
    const sqlite = SqliteCorpusStore.open(path, { mustExist: true });
    opened.push(sqlite);
    const expected = JSON.stringify(await checkArticle(input, memory));
    expect(JSON.parse(expected).claims.length).toBeGreaterThan(3);
    expect(JSON.stringify(await checkArticle(input, sqlite))).toBe(expected);
  });
});
