// The five seed articles (real reports of one event), as the repository ships them in
// samples/corpus/kim-shoigu-talks-2023-09.jsonl and as the importer reads that file: the page text
// exactly as collected, with the outlet, headline, URL and date of each.
//
// Keyed by the number each had in the collection the texts came from, which the tests and their
// comments use: 000 EFE (La Prensa Latina), 001 Reuters (MalaysiaNow), 002 Syrializm (a rewrite of
// the Reuters story), 003 Reuters (Newsmax), 004 Ukrinform (in Ukrainian). Documents from the file
// all carry its name as `file`, so a report's evidence is told apart by `seedKey(document)`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  MemoryCorpusStore,
  importDocuments,
  prepareDocument,
  type RawDocument,
} from '../../src/core';
import { parseImportFile } from '../../src/importers';

export const SAMPLE_CORPUS = fileURLToPath(
  new URL('../../samples/corpus/kim-shoigu-talks-2023-09.jsonl', import.meta.url),
);

/** Each seed's number, by the host of its URL. */
const KEYS: Record<string, string> = {
  'www.laprensalatina.com': '000',
  'malaysianow.com': '001',
  'syrializm.net': '002',
  'www.newsmax.com': '003',
  'ukrinform.com': '004',
};

const keyOfUrl = (url: string | null | undefined) => KEYS[new URL(url ?? 'none:').host];

/** The seeds as the importer reads them, keyed by their number ("000" … "004"), in that order. */
export function loadSeeds(): Map<string, RawDocument> {
  const raws = parseImportFile(
    'kim-shoigu-talks-2023-09.jsonl',
    readFileSync(SAMPLE_CORPUS),
  ).documents;
  const seeds = raws.map((raw): [string, RawDocument] => {
    const key = keyOfUrl(raw.url);
    if (!key) throw new Error(`seed-corpus: unexpected document ${raw.url ?? raw.title}`);
    return [key, raw];
  });
  if (seeds.length !== 5) throw new Error(`seed-corpus: ${seeds.length} documents, not 5`);
  return new Map(seeds.sort(([a], [b]) => a.localeCompare(b)));
}

const keysById = new Map(
  [...loadSeeds()].map(([key, raw]) => [prepareDocument(raw).document.id, key]),
);

/** The seed number of a document in a report (by its id), or undefined for any other document. */
export const seedKey = (document: { id: string }) => keysById.get(document.id);

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
