// The store contract (store-contract.ts) on the memory and IndexedDB stores; the SQLite store
// runs it in tests/node/sqlite-store.test.ts.
import 'fake-indexeddb/auto';
import { describe } from 'vitest';
import { MemoryCorpusStore } from '../../src/core';
import { IndexedDbCorpusStore, openCorpusDatabase } from '../../src/storage';
import { corpusStoreContract, type OpenStore } from './store-contract';

let databaseCount = 0;
const stores: [string, OpenStore][] = [
  ['memory', async () => new MemoryCorpusStore()],
  [
    'IndexedDB',
    async () => new IndexedDbCorpusStore(await openCorpusDatabase(`test-${databaseCount++}`)),
  ],
];

describe.each(stores)('%s corpus store', (_name, open) => corpusStoreContract(open));
