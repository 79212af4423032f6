// Origin grouping cost per imported document at 1k and 10k documents: the grouping step of an
// import (LSH band look-up, confirming candidates by MinHash, writing groups; see
// src/core/origin-groups.ts) for 200 BBC articles held out of the corpus, through a store wrapper
// that structured-clones every record it returns, as IndexedDB would. 1k = 1,000 BBC articles;
// 10k = the other 1,895 BBC articles plus 8,105 synthetic ones made of sentences of random BBC
// articles (they share phrases, and so LSH bands, with the real ones: more candidates than a real
// corpus). Flat means the per-document cost does not grow with the corpus.
import {
  MemoryCorpusStore,
  assignOrigins,
  importDocuments,
  prepareDocument,
  type DocumentRecord,
  type OriginStore,
  type RawDocument,
} from '../src/core';

const HELD_OUT = 200;
const RUNS = 5;

function random(seed: number): () => number {
  return () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** Articles of 20 sentences drawn (seeded) from random BBC articles. */
function sentenceMixes(bbc: RawDocument[], count: number): RawDocument[] {
  const next = random(7);
  const sentences = bbc.flatMap((raw) =>
    raw.text.split(/(?<=[.!?])\s+/).filter((s) => s.length > 40),
  );
  return Array.from({ length: count }, (_, i) => ({
    title: `mix ${i}`,
    text: Array.from({ length: 20 }, () => sentences[Math.floor(next() * sentences.length)]).join(
      ' ',
    ),
  }));
}

/** The store as grouping sees it, with IndexedDB's copying of results and a count of candidates. */
function counting(inner: MemoryCorpusStore): { store: OriginStore; candidates: { n: number } } {
  const candidates = { n: 0 };
  const store: OriginStore = {
    async findDocumentsByBands(bands) {
      const found = await inner.findDocumentsByBands(bands);
      candidates.n += found.length;
      return found;
    },
    getDocuments: async (ids) => structuredClone(await inner.getDocuments(ids)),
    documentsOfOrigins: async (origins) => structuredClone(await inner.documentsOfOrigins(origins)),
    setOrigins: (origins) => inner.setOrigins(origins),
    getOriginOverrides: (ids) => inner.getOriginOverrides(ids),
    putOriginOverrides: (overrides) => inner.putOriginOverrides(overrides),
  };
  return { store, candidates };
}

async function measure(label: string, corpus: RawDocument[], heldOut: RawDocument[]) {
  const memory = new MemoryCorpusStore();
  await importDocuments(memory, corpus);
  // Adding the held-out articles groups them once; each timed run groups them again, which costs
  // what the import did (same candidates, same confirmations, same writes).
  await importDocuments(memory, heldOut);
  const records: DocumentRecord[] = await memory.getDocuments(
    heldOut.map((raw) => prepareDocument(raw).document.id),
  );
  const { store, candidates } = counting(memory);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    candidates.n = 0;
    const started = performance.now();
    for (let i = 0; i < records.length; i += 50)
      await assignOrigins(store, records.slice(i, i + 50));
    times.push(performance.now() - started);
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0;
  const groups = new Set((await memory.listDocuments()).map((d) => d.origin ?? d.id));
  const documents = (await memory.stats()).documents;
  console.log(
    `provenance ${label}: ${documents} documents in ${groups.size} origin groups — grouping ` +
      `${((median / records.length) * 1000).toFixed(0)} µs per imported document ` +
      `(median of ${RUNS}), ${(candidates.n / records.length).toFixed(1)} band candidates per document, ` +
      `${((median / Math.max(1, candidates.n)) * 1000).toFixed(0)} µs per candidate`,
  );
}

/** Grouping cost per imported document at 1k and 10k documents. */
export async function benchProvenance(bbc: RawDocument[]): Promise<void> {
  const heldOut = bbc.slice(bbc.length - HELD_OUT);
  const rest = bbc.slice(0, bbc.length - HELD_OUT);
  await measure('1k', rest.slice(0, 1000), heldOut);
  await measure('10k', [...rest, ...sentenceMixes(rest, 10_000 - rest.length - HELD_OUT)], heldOut);
}
