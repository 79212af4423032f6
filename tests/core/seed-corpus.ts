// Reads the shared seeds (five real articles on one event) relative to this file, so the tests run
// wherever the repository and ../shared sit side by side.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  MemoryCorpusStore,
  importDocuments,
  prepareDocument,
  type RawDocument,
} from '../../src/core';
import { parseText } from '../../src/importers';

export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const SEEDS = `${SHARED}seeds/`;

/** The seeds as the importer reads them, keyed by their number ("000" … "004"). */
export function loadSeeds(): Map<string, RawDocument> {
  return new Map(
    readdirSync(SEEDS)
      .sort()
      .map((file) => [file.slice(0, 3), parseText(readFileSync(SEEDS + file, 'utf8'), file)]),
  );
}

/** A store holding every seed except `without`. */
export async function storeWithout(seeds: Map<string, RawDocument>, without: string) {
  const store = new MemoryCorpusStore();
  await importDocuments(
    store,
    [...seeds].filter(([key]) => key !== without).map(([, raw]) => raw),
  );
  return store;
}

export const articleOf = (raw: RawDocument) => ({
  title: raw.title,
  text: raw.text,
  documentId: prepareDocument(raw).document.id,
});
